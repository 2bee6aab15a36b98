import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { useErasure, useRequestErasure } from './erasure.api';
import { erasureWords } from './erasure.words';
import { ErasurePreview } from './ErasurePreview';

const words = erasureWords.client;

/** "Ask for my record to be erased" (issue 18): what it would mean, in plain words, then a confirm step. */
export function ClientErasureCard({ clientId }: { clientId: string }) {
  const erasure = useErasure(clientId);
  const ask = useRequestErasure(clientId);
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erasure-heading">
      <Stack gap="sm">
        <Title order={2} id="erasure-heading">
          {words.heading}
        </Title>
        {erasure.isPending ? <Loading /> : null}
        {erasure.error ? <ErrorNotice error={erasure.error} onRetry={() => void erasure.refetch()} /> : null}
        {erasure.data?.request ? (
          <Alert color="blue" role="status" data-testid="erasure-asked">
            {words.asked(formatDate(erasure.data.request.requestedAt))}
          </Alert>
        ) : null}
        {erasure.data && !erasure.data.request ? (
          <>
            <Text>{words.intro}</Text>
            <ErasurePreview view={erasure.data} />
            {confirming ? (
              <Stack gap="xs" role="group" aria-labelledby="erasure-confirm-heading">
                <Title order={3} id="erasure-confirm-heading" ref={confirmHeading} tabIndex={-1}>
                  {words.confirmHeading}
                </Title>
                <Text>{words.confirmText}</Text>
                {ask.error ? <ErrorNotice error={ask.error} /> : null}
                <Group gap="sm">
                  <Button color="red.9" loading={ask.isPending} onClick={() => ask.mutate()} data-testid="erasure-confirm">
                    {words.confirm}
                  </Button>
                  <Button variant="default" onClick={() => setConfirming(false)}>
                    {words.cancel}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Group>
                <Button variant="light" color="red.9" onClick={() => setConfirming(true)} data-testid="erasure-ask">
                  {words.ask}
                </Button>
              </Group>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
