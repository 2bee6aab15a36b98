import { Alert, Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { ACKNOWLEDGEMENT_NOTE_MAX, acknowledgementOutcomes, type AcknowledgementOutcome, type PersonRef } from '@steadfast/contracts';
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { useAcknowledgeFlag } from './risk.api';
import { acknowledgeWords as words } from './risk.words';

interface AcknowledgeFormProps {
  flagId: string;
  timeZone?: string;
  onDone?: () => void;
  onCancel?: () => void;
}

/** The acknowledgement: a note is required, the outcome optional; it ends the flag's escalation. */
export function AcknowledgeForm({ flagId, timeZone, onDone, onCancel }: AcknowledgeFormProps) {
  const acknowledge = useAcknowledgeFlag(flagId);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<AcknowledgementOutcome | ''>('');
  const [missing, setMissing] = useState(false);
  const headingId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setMissing(true);
      return;
    }
    acknowledge.mutate({ note: note.trim(), ...(outcome ? { outcome } : {}) }, { onSuccess: () => onDone?.() });
  };

  const already = isApiError(acknowledge.error, 'conflict')
    ? (acknowledge.error.details as { acknowledgedAt?: string; acknowledgedBy?: PersonRef } | undefined)
    : undefined;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="acknowledge-form">
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {words.heading}
        </Title>
        <Text size="sm">{words.explain}</Text>
        <Textarea
          label={words.note}
          description={words.noteHint}
          required
          autosize
          minRows={3}
          maxLength={ACKNOWLEDGEMENT_NOTE_MAX}
          value={note}
          error={missing && !note.trim() ? words.noteRequired : undefined}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-autofocus
        />
        <Radio.Group label={words.outcome} value={outcome} onChange={(v) => setOutcome(v as AcknowledgementOutcome)}>
          <Stack gap={6} mt={4}>
            {acknowledgementOutcomes.map((o) => (
              <Radio key={o} value={o} label={words.outcomes[o]} />
            ))}
          </Stack>
        </Radio.Group>
        {already?.acknowledgedBy && already.acknowledgedAt ? (
          <Alert color="gray" role="status">
            {words.already(already.acknowledgedBy.name, formatDateTime(already.acknowledgedAt, timeZone))}
          </Alert>
        ) : acknowledge.error ? (
          <ErrorNotice error={acknowledge.error} />
        ) : null}
        {acknowledge.isSuccess ? (
          <Alert color="harbour" role="status">
            {words.done}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={acknowledge.isPending} disabled={acknowledge.isSuccess}>
            {words.submit}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {words.cancel}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
