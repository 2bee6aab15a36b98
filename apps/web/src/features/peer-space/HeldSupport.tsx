import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CrisisPage } from '../crisis-resources/CrisisPage';
import { useSendToCareTeam } from './peer-space.api';
import { peerWords } from './peer-space.words';

const words = peerWords.support;

/**
 * What the author sees when the screen holds what they wrote: warm words, one tap to send it to
 * their own care team instead, and the crisis screen itself (the same as /help, so it looks the
 * same every time). Never a risk label.
 */
export function HeldSupport({ itemId, onBack }: { itemId: string; onBack: () => void }) {
  const send = useSendToCareTeam();
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    top.current?.focus();
  }, []);
  return (
    <Stack gap="lg" data-testid="peer-support">
      <Paper ref={top} tabIndex={-1} withBorder p="md" bg="harbour.0">
        <Stack gap="sm">
          <Text fw={700} size="lg">
            {words.heading}
          </Text>
          <Text>{words.body}</Text>
          <Text>{words.offer}</Text>
          {send.data ? (
            <Alert color="teal" variant="light" data-testid="peer-sent-to-team">
              <Stack gap="xs">
                <Text>{words.sent}</Text>
                <Button component={Link} to="/messages" variant="default">
                  {words.openMessages}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <Group>
              <Button onClick={() => send.mutate(itemId)} loading={send.isPending} data-testid="peer-send-to-team">
                {words.send}
              </Button>
            </Group>
          )}
          {send.error ? <ErrorNotice error={send.error} /> : null}
          <div>
            <Button variant="default" onClick={onBack}>
              {words.back}
            </Button>
          </div>
        </Stack>
      </Paper>
      <CrisisPage />
    </Stack>
  );
}
