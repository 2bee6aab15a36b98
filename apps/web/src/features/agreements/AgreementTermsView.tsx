import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { AgreementVersionView } from '@steadfast/contracts';
import { formatDate } from '../../ui/format-date';
import { agreementWords as words } from './agreements.words';

interface Props {
  version: AgreementVersionView;
  heading: string;
  /** Who the other signer is, to say who is still to sign. */
  otherSigner: string;
  audience: 'client' | 'clinician';
}

/** One version of the agreement, section by section, with who has signed it. */
export function AgreementTermsView({ version, heading, otherSigner, audience }: Props) {
  const t = version.terms;
  const headingId = `agreement-${version.version}-heading`;
  const waitingForMe = audience === 'client' ? !version.clientSignedAt : !version.clinicianSignedAt;
  const inForce = version.status === 'in_force' && version.inForceFrom;
  const steppedUp = version.basis === 'step_up';
  const status = inForce
    ? (steppedUp ? words.steppedUp : words.signedBoth)(formatDate(version.inForceFrom!))
    : words.waitingFor(waitingForMe ? 'you' : otherSigner);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid={`agreement-version-${version.status}`}>
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {heading} · version {version.version}
        </Title>
        <Text fw={700}>{status}</Text>
        {steppedUp ? <Text data-testid="agreement-step-up-note">{words.steppedUpNote[audience]}</Text> : null}
        <Text fw={600}>{words.terms.sessions[t.sessions]}</Text>
        <Section title={words.terms.channels}>
          <Text>{t.channels.map((c) => words.terms.channelNames[c]).join(', ')}</Text>
        </Section>
        <Section title={words.terms.replies}>
          <List>
            <List.Item>{words.terms.before(t.replyWindows?.before_session ?? null)}</List.Item>
            <List.Item>{words.terms.soon(t.replyWindows?.soon ?? null)}</List.Item>
          </List>
          <Text>{words.terms.hours(t.workingHours)}</Text>
        </Section>
        <Section title={words.terms.offWeeks}>
          {t.offWeeks.length === 0 ? (
            <Text>{words.terms.noOffWeeks}</Text>
          ) : (
            <List>
              {t.offWeeks.map((w) => (
                <List.Item key={`${w.start}-${w.end}`}>
                  {words.terms.offWeek(formatDate(`${w.start}T12:00:00Z`), formatDate(`${w.end}T12:00:00Z`))}
                  {w.reason ? ` · ${w.reason}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section title={words.terms.emergency}>
          {t.emergency.onCallClinicianId ? <Text fw={600}>On call: {version.names[t.emergency.onCallClinicianId]}</Text> : null}
          {t.emergency.words ? <Text>{t.emergency.words}</Text> : null}
        </Section>
        <Section title={words.terms.requests}>
          <Text>{words.terms.requestsText(t.appointmentRequests)}</Text>
          {t.appointmentRequests.words ? <Text fs="italic">{t.appointmentRequests.words}</Text> : null}
        </Section>
        {t.clientCommitments ? (
          <Section title={words.terms.commitments}>
            <Text component="blockquote" m={0} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-harbour-6, #1c7ed6)' }}>
              {t.clientCommitments}
            </Text>
          </Section>
        ) : null}
        {t.twentyFourHourRule ? (
          <Section title={words.terms.rule}>
            <Text>{words.terms.ruleText}</Text>
          </Section>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
