import { Alert, Button, Stack, Text } from '@mantine/core';
import { appWords } from '../app/app.words';
import { isApiError } from '../app/api';

interface ErrorNoticeProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** Shows what went wrong in the API's own plain words, with its reference for support. */
export function ErrorNotice({ error, title, onRetry }: ErrorNoticeProps) {
  const message = isApiError(error) ? error.message : appWords.unexpected;
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {requestId ? (
          <Text size="xs" c="dimmed">
            {appWords.requestId(requestId)}
          </Text>
        ) : null}
        {onRetry ? (
          <div>
            <Button size="xs" variant="default" onClick={onRetry}>
              {appWords.tryAgain}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Alert>
  );
}
