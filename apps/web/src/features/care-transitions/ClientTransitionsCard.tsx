import { Alert, Button, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { CareTransitionsView, HandoverView } from '@steadfast/contracts';
import { formatDate, formatDateTime } from '../../ui/format-date';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useRequestReentry, useTransitions } from './care-transitions.api';
import { transitionWords } from './care-transitions.words';

const words = transitionWords.client;

/**
 * On the client's home (SPEC §2.10): who they will be working with and when, with the new
 * clinician's introduction; a planned ending with the goodbye note and what stays theirs; and,
 * after a discharge, the way back in. Shows nothing when there is nothing to tell.
 */
export function ClientTransitionsCard({ clientId }: { clientId: string }) {
  const transitions = useTransitions(clientId);
  if (!transitions.data) return null;
  const view = transitions.data;
  // The latest handover not cancelled: ahead, under way, or completed within the last fortnight.
  const fortnight = Date.now() - 14 * 86_400_000;
  const handover = view.handovers.find((h) => h.status !== 'cancelled' && (h.status !== 'completed' || new Date(h.overlapEndsAt).getTime() > fortnight));
  // A cancelled ending, or one the client has come back from, is no longer news for their home.
  const discharge =
    view.discharge && view.discharge.status !== 'cancelled' && !(view.discharge.status === 'discharged' && view.clientStatus === 'active')
      ? view.discharge
      : null;
  if (!handover && !discharge) return null;
  return (
    <>
      {handover ? <HandoverNotice handover={handover} /> : null}
      {discharge ? <DischargeNotice clientId={clientId} view={view} /> : null}
    </>
  );
}

function HandoverNotice({ handover: h }: { handover: HandoverView }) {
  const line =
    h.status === 'planned'
      ? words.planned(h.to.name, h.from.name, formatDate(h.overlapStartsAt), formatDate(h.overlapEndsAt))
      : h.status === 'overlap'
        ? words.together(h.to.name, h.from.name, formatDate(h.overlapEndsAt))
        : words.done(h.to.name);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="handover-heading" data-testid="home-handover">
      <Stack gap="sm">
        <Title order={2} id="handover-heading">
          {words.handoverHeading}
        </Title>
        <Text>{line}</Text>
        {h.introduction ? (
          <Paper p="sm" bg="harbour.0" component="figure" m={0} aria-labelledby="handover-intro-heading">
            <Title order={3} size="h4" id="handover-intro-heading">
              {words.introHeading(h.to.name)}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{h.introduction}</Text>
          </Paper>
        ) : null}
        <Text size="sm">{words.carriesOver}</Text>
      </Stack>
    </Paper>
  );
}

function DischargeNotice({ clientId, view }: { clientId: string; view: CareTransitionsView }) {
  const d = view.discharge!;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="discharge-home-heading" data-testid="home-discharge">
      <Stack gap="sm">
        <Title order={2} id="discharge-home-heading">
          {words.dischargeHeading}
        </Title>
        <Text>{d.status === 'planned' ? words.dischargePlanned(formatDate(d.dischargeAt)) : words.discharged(formatDate(d.dischargeAt))}</Text>
        {d.lastAppointment && d.status === 'planned' ? <Text>{words.lastSession(formatDateTime(d.lastAppointment.start))}</Text> : null}
        <Paper p="sm" bg="harbour.0" component="figure" m={0} aria-labelledby="goodbye-heading">
          <Title order={3} size="h4" id="goodbye-heading">
            {words.goodbyeFrom(d.plannedBy.name)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{d.goodbyeNote}</Text>
        </Paper>
        <List spacing={4}>
          {d.staysAvailable.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        {view.can.requestReentry ? <ComeBack clientId={clientId} asked={view.reentryRequests.length > 0} /> : null}
      </Stack>
    </Paper>
  );
}

function ComeBack({ clientId, asked }: { clientId: string; asked: boolean }) {
  const request = useRequestReentry(clientId);
  const [message, setMessage] = useState('');
  return (
    <form
      aria-labelledby="come-back-heading"
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate({ message }, { onSuccess: () => setMessage('') });
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id="come-back-heading">
          {words.comeBackHeading}
        </Title>
        <Text>{words.comeBackIntro}</Text>
        {asked || request.isSuccess ? <Alert color="teal">{words.comeBackSent}</Alert> : null}
        <Textarea label={words.comeBackLabel} rows={3} maxLength={1000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
        <Button type="submit" loading={request.isPending} style={{ alignSelf: 'flex-start' }}>
          {words.comeBack}
        </Button>
        {request.error ? <ErrorNotice error={request.error} /> : null}
      </Stack>
    </form>
  );
}
