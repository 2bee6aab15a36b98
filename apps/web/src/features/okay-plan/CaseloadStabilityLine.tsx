import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { CaseloadStabilitySignals } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useScheduleAppointment } from '../scheduling/scheduling.api';
import { useSendCaringNote } from './okay-plan.api';
import { stabilityWords as words } from './okay-plan.words';

interface Props {
  clientId: string;
  clientName: string;
  signals: CaseloadStabilitySignals | null | undefined;
  now: number;
}

/**
 * A caseload card's stable-stretch line (SPEC §2.6): how long the client has been stable, what
 * their okay plan says, a caring note in one click and the offer of a short check-in call.
 * Nothing shows when there is no stretch: an ended stretch is not news and not a failure.
 */
export function CaseloadStabilityLine({ clientId, clientName, signals, now }: Props) {
  const first = clientName.trim().split(/\s+/)[0] ?? clientName;
  const send = useSendCaringNote(clientId);
  const [proposing, setProposing] = useState(false);
  if (!signals) return null;
  return (
    <Stack gap={4} data-testid="caseload-stability" component="section" aria-label={words.stable(first, signals.days)}>
      <Text size="sm" fw={600}>
        {words.stable(first, signals.days)} <span style={{ fontWeight: 400 }}>({words.since(dayWords(signals.since))})</span>
      </Text>
      <Text size="sm">{signals.okayPlanSaysVulnerable ? words.planSays(first) : words.noPlan}</Text>
      {signals.lastCaringNoteAt ? <Text size="sm">{words.lastNote(agoWords(signals.lastCaringNoteAt, now))}</Text> : null}
      <Group gap="xs">
        <Button size="xs" onClick={() => send.mutate({})} loading={send.isPending} disabled={send.isSuccess} data-testid="send-caring-note">
          {words.sendNote(first)}
        </Button>
        <Button size="xs" variant="default" onClick={() => setProposing(true)} disabled={proposing}>
          {words.proposeCall}
        </Button>
      </Group>
      {send.isSuccess ? (
        <Alert color="teal" variant="light" role="status" p="xs">
          <Text size="sm">{words.sent}</Text>
          <Text size="sm" fs="italic">
            {words.sentPreview(send.data.contact.body)}
          </Text>
        </Alert>
      ) : null}
      {send.error ? <ErrorNotice error={send.error} /> : null}
      {proposing ? <ProposeCall clientId={clientId} first={first} onClose={() => setProposing(false)} /> : null}
    </Stack>
  );
}

/** A 15-minute phone call, proposed for the next weekday at 11:00 (practice time); the clinician can change it or leave it. */
function ProposeCall({ clientId, first, onClose }: { clientId: string; first: string; onClose: () => void }) {
  const [start, setStart] = useState(nextWeekdayAt11());
  const schedule = useScheduleAppointment(clientId);
  if (schedule.isSuccess) {
    return (
      <Alert color="teal" variant="light" role="status" p="xs">
        <Text size="sm">{words.callBooked}</Text>
      </Alert>
    );
  }
  return (
    <Stack
      gap={4}
      component="form"
      aria-label={words.callHeading(first)}
      onSubmit={(e) => {
        e.preventDefault();
        schedule.mutate({ start, durationMinutes: 15, kind: 'phone' });
      }}
    >
      <TextInput type="datetime-local" size="xs" label={words.callWhen} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
      <Group gap="xs">
        <Button size="xs" type="submit" loading={schedule.isPending}>
          {words.callBook}
        </Button>
        <Button size="xs" variant="subtle" onClick={onClose}>
          {words.callCancel}
        </Button>
      </Group>
      {schedule.error ? <ErrorNotice error={schedule.error} /> : null}
    </Stack>
  );
}

function nextWeekdayAt11(): string {
  const d = new Date();
  do d.setDate(d.getDate() + 1);
  while (d.getDay() === 0 || d.getDay() === 6);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T11:00`;
}

/** "21 Feb" for a YYYY-MM-DD day (read as a calendar day, not shifted by any zone). */
function dayWords(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

function agoWords(iso: string, now: number): string {
  const days = Math.floor((now - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}
