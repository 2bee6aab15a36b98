import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CaseloadEntry, CaseloadFlagSignals, CaseloadMessageSignals, RiskLevel } from '@steadfast/contracts';
import { Link } from 'react-router';
import { CaseloadCheckinLine } from '../check-ins/CaseloadCheckinLine';
import { CaseloadSchedulingSignals } from '../scheduling/CaseloadSchedulingSignals';
import { CaseloadStabilityLine } from '../okay-plan/CaseloadStabilityLine';
import { careTeamWords } from '../care-teams/care-teams.words';
import { whenWords } from './caseload.time';
import { caseloadWords as words, signalWords } from './caseload.words';
import classes from './caseload.module.css';

interface CaseloadClientCardProps {
  client: CaseloadEntry;
  /** The ticking time, so "due" turns to "overdue" on an open page. */
  now: number;
  /** The practice's time zone: every time on the card is read there. */
  timeZone?: string;
}

// Filled badges with white text, as the triage queue's: red 9 is 6:1 and ember 8 is 7:1 on white.
const flagColour: Record<RiskLevel, string> = { imminent: 'red.9', high: 'ember.8', concern: 'gray.7', none: 'gray.7' };

/** One client of the caseload: open risk, what waits for a reply and by when, then who is in the care team. */
export function CaseloadClientCard({ client, now, timeZone }: CaseloadClientCardProps) {
  const others = client.careTeam.filter((m) => !m.isPrimary);
  const flags = client.signals.flags;
  const risk = openRiskOf(client);
  return (
    <Paper
      withBorder
      p="md"
      data-testid="caseload-client"
      component="article"
      aria-labelledby={`client-${client.clientId}`}
      className={risk && risk !== 'none' ? classes[risk] : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id={`client-${client.clientId}`}>
            <Anchor component={Link} to={`/clients/${client.clientId}`} inherit>
              {client.name}
            </Anchor>
          </Title>
          <Group gap="xs">
            {flags && risk ? <FlagBadge clientId={client.clientId} flags={flags} level={risk} /> : null}
            {client.status === 'discharged' ? <Badge color="gray">{careTeamWords.discharged}</Badge> : null}
          </Group>
        </Group>
        {client.coveringFor ? (
          <Text size="sm" fw={600} data-testid="caseload-covering">
            {words.coveringFor(client.coveringFor.clinicianName, whenWords(client.coveringFor.until, now, timeZone))}
          </Text>
        ) : null}
        <MessageSignals clientId={client.clientId} signals={client.signals.messages} now={now} timeZone={timeZone} />
        <CaseloadCheckinLine clientId={client.clientId} signals={client.signals.checkins} />
        <CaseloadStabilityLine clientId={client.clientId} clientName={client.name} signals={client.signals.stability} now={now} />
        <CaseloadSchedulingSignals clientId={client.clientId} appointments={client.signals.appointments} stepUp={client.signals.stepUp} timeZone={timeZone} />
        <Text size="sm">
          {words.yourRole}: {roleWords(client)}
        </Text>
        <Text size="sm">
          {words.primary}: {client.primaryClinicianName}
        </Text>
        <Text size="sm">
          {words.careTeam}: {others.length > 0 ? others.map((m) => `${m.name} (${careTeamWords.role[m.role]})`).join(', ') : words.onlyPrimary}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The caller's part in this client's care, in words: "Therapist, main contact", "GP", "Cover". */
export function roleWords(client: CaseloadEntry): string {
  if (client.isPrimary) return `${careTeamWords.role[client.myRole ?? 'therapist']}, ${careTeamWords.primary.toLowerCase()}`;
  if (client.myRole) return careTeamWords.role[client.myRole];
  return client.coveringFor ? words.coverRole : words.notOnTeam;
}

/** The open flags' level, or nothing when none is open (or the caller may not see them). */
export function openRiskOf(client: CaseloadEntry): RiskLevel | undefined {
  const flags = client.signals.flags;
  return flags && flags.open > 0 ? (flags.highestLevel ?? 'concern') : undefined;
}

/** "Risk flag: imminent", a link to the flag (or to the client's flags when several are open). */
export function FlagBadge({ clientId, flags, level }: { clientId: string; flags: CaseloadFlagSignals; level: RiskLevel }) {
  const to =
    flags.open === 1 && flags.mostUrgentFlagId ? `/flags/${encodeURIComponent(flags.mostUrgentFlagId)}` : `/clients/${encodeURIComponent(clientId)}/risk`;
  return (
    <Badge component={Link} to={to} color={flagColour[level]} variant="filled" radius="sm" size="lg" style={{ cursor: 'pointer' }} data-testid="caseload-flag">
      {signalWords.flag(level, flags.open)}
    </Badge>
  );
}

interface MessageSignalsProps {
  clientId: string;
  signals: CaseloadMessageSignals | null;
  now: number;
  timeZone?: string;
}

/** What waits in the conversation, in one or two plain lines; a link to the conversation when something waits. */
export function MessageSignals({ clientId, signals, now, timeZone }: MessageSignalsProps) {
  if (!signals) {
    return (
      <Text size="sm" data-testid="caseload-messages">
        {signalWords.messagesNotShared}
      </Text>
    );
  }
  const due = signals.nextReplyDue;
  const overdue = due ? due.overdue || Date.parse(due.at) <= now : false;
  const waiting = waitingWords(signals);
  const seen = [
    ...(signals.unseenByMe > 0 ? [signalWords.unseen(signals.unseenByMe)] : []),
    signals.lastMessageAt ? signalWords.lastMessage(whenWords(signals.lastMessageAt, now, timeZone)) : signalWords.noMessages,
  ].join(' · ');
  return (
    <Stack gap={2} data-testid="caseload-messages">
      <Text size="sm" fw={waiting ? 600 : undefined}>
        {waiting ? (
          <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}/messages`} inherit>
            {waiting}
          </Anchor>
        ) : (
          signalWords.nothingWaiting
        )}
        {due ? (
          <>
            {' · '}
            <time dateTime={due.at} className={overdue ? `${classes.when} ${classes.overdue}` : classes.when}>
              {overdue ? signalWords.overdue(due.intent, whenWords(due.at, now, timeZone)) : signalWords.due(due.intent, whenWords(due.at, now, timeZone))}
            </time>
          </>
        ) : null}
      </Text>
      <Text size="sm">{seen}</Text>
    </Stack>
  );
}

type WaitingIntent = keyof CaseloadMessageSignals['waiting'];
/** The most pressing kind named first. */
const WAITING_ORDER: WaitingIntent[] = ['crisis', 'soon', 'before_session'];

/** "2 messages waiting (1 ‘soon’, 1 ‘before session’)", or "1 ‘soon’ message waiting"; empty when nothing waits. */
function waitingWords(signals: CaseloadMessageSignals): string {
  const parts = WAITING_ORDER.map((intent) => ({ intent, count: signals.waiting[intent] })).filter((p) => p.count > 0);
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  if (total === 0) return '';
  if (parts.length === 1) return signalWords.waitingOfKind(total, parts[0]!.intent);
  return `${signalWords.waiting(total)} ${signalWords.waitingKinds(parts)}`;
}
