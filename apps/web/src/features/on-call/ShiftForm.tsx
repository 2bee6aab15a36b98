import { Button, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { HANDOVER_NOTE_MAX, type PersonRef, type ShiftView } from '@steadfast/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useSaveShift } from './on-call.api';
import { onCallWords as words } from './on-call.words';

interface ShiftFormProps {
  clinicians: PersonRef[];
  /** The shift being changed; a new one when absent. */
  shift?: ShiftView;
  onDone: () => void;
  onCancel?: () => void;
}

/** Adds or changes a shift. Times are entered in the device's zone and sent as exact instants. */
export function ShiftForm({ clinicians, shift, onDone, onCancel }: ShiftFormProps) {
  const save = useSaveShift();
  const headingId = useId();
  const live = shift?.status === 'live';
  const [clinicianId, setClinicianId] = useState<string | null>(shift?.clinician.id ?? null);
  const [backupId, setBackupId] = useState<string | null>(shift?.backup?.id ?? null);
  const [startsAt, setStartsAt] = useState(shift ? toLocalInput(shift.startsAt) : '');
  const [endsAt, setEndsAt] = useState(shift ? toLocalInput(shift.endsAt) : '');
  const [note, setNote] = useState(shift?.handoverNote ?? '');
  const [tried, setTried] = useState(false);
  const options = clinicians.map((c) => ({ value: c.id, label: c.name }));
  const required = (value: string | null) => (tried && !value ? words.fieldRequired : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!clinicianId || !startsAt || !endsAt) return;
    const body = {
      clinicianId,
      backupClinicianId: backupId,
      // A live shift's start is kept to the millisecond: the input shows minutes only.
      startsAt: live && shift ? shift.startsAt : new Date(startsAt).toISOString(),
      endsAt: new Date(endsAt).toISOString(),
      handoverNote: note.trim(),
    };
    save.mutate({ ...(shift ? { id: shift.id } : {}), body }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="shift-form">
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {shift ? words.editHeading : words.addHeading}
        </Title>
        <Select
          label={words.clinician}
          data={options}
          value={clinicianId}
          onChange={setClinicianId}
          required
          disabled={live}
          error={required(clinicianId)}
          description={live ? words.liveFixed : undefined}
        />
        <Select label={words.backupLabel} data={options.filter((o) => o.value !== clinicianId)} value={backupId} onChange={setBackupId} clearable />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={words.startsAt}
            description={words.timeHint}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            required
            disabled={live}
            error={required(startsAt)}
            miw={200}
          />
          <TextInput
            type="datetime-local"
            label={words.endsAt}
            description={words.timeHint}
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            required
            error={required(endsAt)}
            miw={200}
          />
        </Group>
        <Textarea
          label={words.handover}
          description={words.handoverHint}
          autosize
          minRows={2}
          maxLength={HANDOVER_NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {save.error ? <ErrorNotice error={save.error} /> : null}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {shift ? words.save : words.add}
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

/** An instant as a datetime-local value in the device's zone ("2026-03-02T09:00"). */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
