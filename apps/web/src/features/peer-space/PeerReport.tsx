import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useReport } from './peer-space.api';
import { peerWords } from './peer-space.words';

const words = peerWords.report;

/** Any member may report a post or reply to the moderators, with a short reason. */
export function PeerReport({ itemId }: { itemId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const report = useReport();
  if (report.isSuccess) return <Text size="sm">{words.sent}</Text>;
  if (!open)
    return (
      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setOpen(true)}>
        {words.open}
      </Button>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) report.mutate({ itemId, reason });
      }}
    >
      <Stack gap="xs">
        <Textarea label={words.reason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} rows={2} required />
        {report.error ? <ErrorNotice error={report.error} /> : null}
        <Group gap="xs">
          <Button type="submit" size="compact-sm" loading={report.isPending}>
            {words.submit}
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => setOpen(false)}>
            {words.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
