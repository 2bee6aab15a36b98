import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { ConfirmStep } from './ConfirmStep';
import { useErasure, useRequestErasure, useWithdrawErasure } from './erasure.api';
import { erasureWords } from './erasure.words';
import { ErasurePreview } from './ErasurePreview';

const words = erasureWords.client;

/**
 * "Ask for my record to be erased" (issue 18): what it would mean, in plain words, then a confirm
 * step; once asked, the request can be withdrawn (with its own confirm step) until it is carried out.
 */
export function ClientErasureCard({ clientId }: { clientId: string }) {
  const erasure = useErasure(clientId);
  const ask = useRequestErasure(clientId);
  const withdraw = useWithdrawErasure(clientId);
  const [confirming, setConfirming] = useState<'ask' | 'withdraw' | null>(null);
  const view = erasure.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erasure-heading">
      <Stack gap="sm">
        <Title order={2} id="erasure-heading">
          {words.heading}
        </Title>
        {erasure.isPending ? <Loading /> : null}
        {erasure.error ? <ErrorNotice error={erasure.error} onRetry={() => void erasure.refetch()} /> : null}
        {withdraw.isSuccess && !view?.request ? (
          <Alert color="green" role="status" data-testid="erasure-withdrawn">
            {words.withdrawn}
          </Alert>
        ) : null}
        {view?.request ? (
          <>
            <Alert color="blue" role="status" data-testid="erasure-asked">
              {words.asked(formatDate(view.request.requestedAt))}
            </Alert>
            {view.can.withdraw ? (
              confirming === 'withdraw' ? (
                <ConfirmStep
                  id="erasure-withdraw-heading"
                  heading={words.withdrawHeading}
                  error={withdraw.error}
                  yes={{ label: words.withdrawYes, pending: withdraw.isPending, testId: 'erasure-withdraw-confirm' }}
                  onYes={() => withdraw.mutate(undefined, { onSuccess: () => setConfirming(null) })}
                  no={words.withdrawCancel}
                  onNo={() => setConfirming(null)}
                >
                  {words.withdrawText}
                </ConfirmStep>
              ) : (
                <Group>
                  <Button variant="default" onClick={() => setConfirming('withdraw')} data-testid="erasure-withdraw">
                    {words.withdraw}
                  </Button>
                </Group>
              )
            ) : null}
          </>
        ) : null}
        {view && !view.request ? (
          <>
            <Text>{words.intro}</Text>
            <ErasurePreview view={view} />
            {confirming === 'ask' ? (
              <ConfirmStep
                id="erasure-confirm-heading"
                heading={words.confirmHeading}
                error={ask.error}
                yes={{ label: words.confirm, color: 'red.9', pending: ask.isPending, testId: 'erasure-confirm' }}
                onYes={() => ask.mutate(undefined, { onSuccess: () => setConfirming(null) })}
                no={words.cancel}
                onNo={() => setConfirming(null)}
              >
                {words.confirmText}
              </ConfirmStep>
            ) : (
              <Group>
                <Button variant="outline" color="red.9" onClick={() => setConfirming('ask')} data-testid="erasure-ask">
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
