import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { AppointmentRequestView } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { useAnswerOffer, useDecideRequest } from './scheduling.api';
import { schedulingWords } from './scheduling.words';

const words = schedulingWords.requests;

/** Requests with their answers: the client reads every decision with its note; the clinician answers. */
export function RequestList({
  clientId,
  requests,
  timeZone,
  audience,
}: {
  clientId: string;
  requests: AppointmentRequestView[];
  timeZone?: string;
  audience: 'client' | 'clinician';
}) {
  if (requests.length === 0) return <Text>{words.none}</Text>;
  return (
    <Stack gap="sm">
      {requests.map((r) => (
        <Paper key={r.id} withBorder p="sm" component="article" aria-label={formatDateTime(r.start, timeZone)} data-testid="appointment-request">
          <Stack gap={4}>
            <Text fw={600}>
              {formatDateTime(r.start, timeZone)} · {schedulingWords.kind[r.kind]}
            </Text>
            <Text size="sm">{words.status[r.status]}</Text>
            {r.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {r.note}
              </Text>
            ) : null}
            {r.offeredStart ? <Text size="sm">{words.offeredAt(formatDateTime(r.offeredStart, timeZone))}</Text> : null}
            {r.responseNote ? <Text style={{ whiteSpace: 'pre-wrap' }}>{r.responseNote}</Text> : null}
            {audience === 'client' && r.status === 'offered' ? <OfferAnswer clientId={clientId} requestId={r.id} /> : null}
            {audience === 'clinician' && r.status === 'pending' ? <Decide clientId={clientId} requestId={r.id} /> : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function OfferAnswer({ clientId, requestId }: { clientId: string; requestId: string }) {
  const answer = useAnswerOffer(clientId);
  return (
    <Stack gap="xs">
      <Group>
        <Button size="sm" onClick={() => answer.mutate({ requestId, answer: 'accept' })} loading={answer.isPending}>
          {words.acceptOffer}
        </Button>
        <Button size="sm" variant="outline" onClick={() => answer.mutate({ requestId, answer: 'decline' })} disabled={answer.isPending}>
          {words.declineOffer}
        </Button>
      </Group>
      {answer.error ? <ErrorNotice error={answer.error} /> : null}
    </Stack>
  );
}

function Decide({ clientId, requestId }: { clientId: string; requestId: string }) {
  const decide = useDecideRequest(clientId);
  const [decision, setDecision] = useState<'accept' | 'offer' | 'decline'>('accept');
  const [note, setNote] = useState('');
  const [start, setStart] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = decision === 'offer' ? { decision, start, note } : { decision, note };
    decide.mutate({ requestId, body });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <SegmentedControl
          value={decision}
          onChange={(v) => setDecision(v as typeof decision)}
          data={[
            { value: 'accept', label: words.accept },
            { value: 'offer', label: words.offer },
            { value: 'decline', label: words.decline },
          ]}
        />
        {decision === 'offer' ? (
          <TextInput type="datetime-local" label={words.offer} required value={start} onChange={(e) => setStart(e.currentTarget.value)} />
        ) : null}
        <Textarea
          label={words.note}
          description={decision === 'decline' ? words.declineNoteHint : undefined}
          required={decision !== 'accept'}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        {decide.error ? <ErrorNotice error={decide.error} /> : null}
        <Button type="submit" size="sm" loading={decide.isPending} w="fit-content">
          {words.send}
        </Button>
      </Stack>
    </form>
  );
}
