import { Button, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { CrisisPage } from '../crisis-resources/CrisisPage';
import { messagingWords } from './messaging.words';

const words = messagingWords.crisisView;

export type CrisisRoutesStatus = { kind: 'chosen' | 'sending' | 'queued' | 'refused' } | { kind: 'sent'; expectation: string | null };

/**
 * The crisis screen itself (the same component as /help, so it looks the same every time,
 * whatever was written), under a short word on where the message is. Never a risk label: the
 * same screen follows a `crisis` message and any message the server asks to answer with it.
 */
export function CrisisRoutesView({ status, onBack }: { status: CrisisRoutesStatus; onBack: () => void }) {
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    top.current?.focus();
  }, []);
  return (
    <Stack gap="lg" data-testid="crisis-routes">
      <Paper ref={top} tabIndex={-1} withBorder p="md" bg="harbour.0" data-testid="crisis-message-status">
        <Stack gap="sm">
          {status.kind !== 'chosen' ? <Text fw={600}>{statusWords(status)}</Text> : null}
          <div>
            <Button variant="default" onClick={onBack} data-testid="back-to-messages">
              {status.kind === 'chosen' ? words.backToDraft : words.back}
            </Button>
          </div>
        </Stack>
      </Paper>
      <CrisisPage />
    </Stack>
  );
}

function statusWords(status: CrisisRoutesStatus): string {
  switch (status.kind) {
    case 'chosen':
      return '';
    case 'sending':
      return messagingWords.outbox.sending;
    case 'queued':
      return words.queued;
    case 'refused':
      return messagingWords.outbox.refused;
    case 'sent':
      return status.expectation ? `${words.sent} ${status.expectation}` : words.sent;
  }
}
