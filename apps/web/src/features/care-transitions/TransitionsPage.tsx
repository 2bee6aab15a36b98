import { Anchor, Badge, Button, Group, List, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CareTransitionsView, DischargeView, HandoverView } from '@steadfast/contracts';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate, formatDateTime } from '../../ui/format-date';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useAppointments } from '../scheduling/scheduling.api';
import {
  useCancelDischarge,
  useHandoverDraft,
  useHandoverStep,
  usePlanDischarge,
  useStartHandover,
  useTransitions,
  useWelcomeBack,
  useWriteIntroduction,
} from './care-transitions.api';
import { transitionWords as words } from './care-transitions.words';

const today = () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));

/** A client's handovers and discharge, for the clinicians (SPEC §2.10): hand over, introduce, plan an ending. */
export default function TransitionsPage() {
  const { clientId = '' } = useParams();
  const profile = useClientProfile(clientId);
  const transitions = useTransitions(clientId);
  if (profile.isPending || transitions.isPending) return <LoadingPage />;
  // After a handover completes, the old clinician is no longer on the team: the client is not theirs to open.
  if (isApiError(profile.error) && profile.error.status === 404)
    return (
      <Page title={words.notOnTeamTitle} intro={words.notOnTeam}>
        <Anchor component={Link} to="/">
          {words.toCaseload}
        </Anchor>
      </Page>
    );
  if (profile.error || transitions.error)
    return <ErrorNotice error={profile.error ?? transitions.error} onRetry={() => void Promise.all([profile.refetch(), transitions.refetch()])} />;
  const view = transitions.data;
  const open = view.handovers.some((h) => h.status === 'planned' || h.status === 'overlap');
  const dischargeOpen = view.discharge?.status === 'planned';
  return (
    <Page title={words.title(profile.data.name)} intro={words.intro}>
      <Stack gap="sm" component="section" aria-labelledby="handovers-heading">
        <Title order={2} id="handovers-heading">
          {words.handoversHeading}
        </Title>
        {view.handovers.length === 0 ? <Text c="dimmed">{words.noHandovers}</Text> : null}
        {view.handovers.map((h) => (
          <HandoverCard key={h.id} clientId={clientId} handover={h} />
        ))}
      </Stack>
      {view.can.manage && !open && view.clientStatus === 'active' ? <StartHandover clientId={clientId} /> : null}
      <DischargeSection clientId={clientId} view={view} canPlan={view.can.manage && !dischargeOpen && view.clientStatus === 'active'} />
      <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}/care-team`}>
        {`← ${profile.data.name}’s care team`}
      </Anchor>
    </Page>
  );
}

/** One handover: its dates, summary (for those who may read it), introduction and the steps the caller may take. */
export function HandoverCard({ clientId, handover: h }: { clientId: string; handover: HandoverView }) {
  const step = useHandoverStep(clientId);
  const [asking, setAsking] = useState<'cancel' | 'finish' | null>(null);
  const headingId = `handover-${h.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {words.handoverLine(h.from.name, h.to.name)}
          </Title>
          <Badge variant="light" color={h.status === 'cancelled' ? 'gray' : 'harbour'}>
            {words.status[h.status]}
          </Badge>
        </Group>
        <Text size="sm">{words.overlap(formatDate(h.overlapStartsAt), formatDate(h.overlapEndsAt))}</Text>
        {h.movedCaringContacts > 0 ? <Text size="sm">{words.movedContacts(h.movedCaringContacts)}</Text> : null}
        {h.summary !== null ? (
          <Stack gap={4}>
            <Title order={4} size="h5">
              {words.summaryHeading}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="transfer-summary">
              {h.summary}
            </Text>
          </Stack>
        ) : null}
        <Stack gap={4}>
          <Title order={4} size="h5">
            {words.introductionHeading}
          </Title>
          <Text size="sm" c={h.introduction ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
            {h.introduction ?? words.introductionNone}
          </Text>
        </Stack>
        {h.can.introduce ? <IntroductionForm clientId={clientId} handover={h} /> : null}
        {asking === null && (h.can.cancel || h.can.finish) ? (
          <Group gap="sm">
            {h.can.finish ? (
              <Button variant="light" onClick={() => setAsking('finish')}>
                {words.finish}
              </Button>
            ) : null}
            {h.can.cancel ? (
              <Button variant="subtle" color="red.9" onClick={() => setAsking('cancel')}>
                {words.cancel}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {asking ? (
          <Paper withBorder p="sm" role="alertdialog" aria-label={asking === 'cancel' ? words.cancel : words.finish}>
            <Stack gap="sm">
              <Text>{asking === 'cancel' ? words.cancelAsk : words.finishAsk}</Text>
              <Group gap="sm">
                <Button
                  color={asking === 'cancel' ? 'red.9' : undefined}
                  loading={step.isPending}
                  onClick={() => step.mutate({ id: h.id, step: asking }, { onSuccess: () => setAsking(null) })}
                >
                  {asking === 'cancel' ? words.cancelConfirm : words.finishConfirm}
                </Button>
                <Button variant="default" onClick={() => setAsking(null)}>
                  {words.keep}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ) : null}
        {step.error ? <ErrorNotice error={step.error} /> : null}
      </Stack>
    </Paper>
  );
}

function IntroductionForm({ clientId, handover: h }: { clientId: string; handover: HandoverView }) {
  const write = useWriteIntroduction(clientId);
  const [text, setText] = useState(h.introduction ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        write.mutate({ id: h.id, introduction: text });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={words.introductionLabel}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button type="submit" loading={write.isPending} disabled={!text.trim()} style={{ alignSelf: 'flex-start' }}>
          {words.introductionSave}
        </Button>
        {write.error ? <ErrorNotice error={write.error} /> : null}
      </Stack>
    </form>
  );
}

function StartHandover({ clientId }: { clientId: string }) {
  const [opened, setOpened] = useState(false);
  const draft = useHandoverDraft(clientId, opened);
  const start = useStartHandover(clientId);
  const [form, setForm] = useState({ toClinicianId: '', startsOn: today(), endsOn: inDays(21), summary: '' });
  const summary = form.summary || draft.data?.summary || '';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="handover-start">
      <Stack gap="sm">
        <Title order={2} id="handover-start">
          {words.start.heading}
        </Title>
        {!opened ? (
          <Button variant="light" onClick={() => setOpened(true)} style={{ alignSelf: 'flex-start' }}>
            {words.start.heading}
          </Button>
        ) : draft.isPending ? (
          <Loading label={words.start.loadingDraft} />
        ) : draft.error ? (
          <ErrorNotice error={draft.error} onRetry={() => void draft.refetch()} />
        ) : draft.data.clinicians.length === 0 ? (
          <Text>{words.start.noClinicians}</Text>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              start.mutate({ toClinicianId: form.toClinicianId, overlapStartsOn: form.startsOn || undefined, overlapEndsOn: form.endsOn, summary });
            }}
          >
            <Stack gap="sm">
              <Select
                label={words.start.clinician}
                required
                data={draft.data.clinicians.map((c) => ({ value: c.id, label: c.name }))}
                value={form.toClinicianId || null}
                onChange={(value) => setForm({ ...form, toClinicianId: value ?? '' })}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="date"
                  label={words.start.startsOn}
                  min={today()}
                  required
                  value={form.startsOn}
                  onChange={(e) => setForm({ ...form, startsOn: e.currentTarget.value })}
                />
                <TextInput
                  type="date"
                  label={words.start.endsOn}
                  description={words.start.endsOnHelp}
                  min={form.startsOn || today()}
                  required
                  value={form.endsOn}
                  onChange={(e) => setForm({ ...form, endsOn: e.currentTarget.value })}
                />
              </SimpleGrid>
              <Textarea
                label={words.start.summary}
                description={words.start.summaryHelp}
                required
                autosize
                minRows={8}
                maxRows={24}
                value={summary}
                onChange={(e) => setForm({ ...form, summary: e.currentTarget.value })}
              />
              <Button
                type="submit"
                loading={start.isPending}
                disabled={!form.toClinicianId || !form.endsOn || !summary.trim()}
                style={{ alignSelf: 'flex-start' }}
              >
                {words.start.submit}
              </Button>
              {start.error ? <ErrorNotice error={start.error} /> : null}
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function DischargeSection({ clientId, view, canPlan }: { clientId: string; view: CareTransitionsView; canPlan: boolean }) {
  const d = view.discharge;
  return (
    <Stack gap="sm" component="section" aria-labelledby="discharge-heading">
      <Title order={2} id="discharge-heading">
        {words.discharge.heading}
      </Title>
      {d ? <DischargeCard clientId={clientId} discharge={d} /> : null}
      {canPlan ? <PlanDischarge clientId={clientId} /> : null}
      <Title order={3} size="h4">
        {words.reentryHeading}
      </Title>
      {view.can.manage && view.clientStatus === 'discharged' ? <WelcomeBack clientId={clientId} /> : null}
      {view.reentryRequests.length === 0 ? (
        <Text c="dimmed">{words.noReentry}</Text>
      ) : (
        <List>
          {view.reentryRequests.map((r) => (
            <List.Item key={r.id}>
              {formatDateTime(r.createdAt)}
              {r.message ? `: ${r.message}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function WelcomeBack({ clientId }: { clientId: string }) {
  const welcome = useWelcomeBack(clientId);
  return (
    <Stack gap="xs">
      <Text size="sm">{words.welcomeBackAsk}</Text>
      <Button loading={welcome.isPending} onClick={() => welcome.mutate(undefined)} style={{ alignSelf: 'flex-start' }}>
        {words.welcomeBack}
      </Button>
      {welcome.error ? <ErrorNotice error={welcome.error} /> : null}
    </Stack>
  );
}

function DischargeCard({ clientId, discharge: d }: { clientId: string; discharge: DischargeView }) {
  const cancel = useCancelDischarge(clientId);
  const line =
    d.status === 'cancelled'
      ? words.discharge.cancelled
      : d.status === 'planned'
        ? words.discharge.planned(formatDate(d.dischargeAt))
        : words.discharge.done(formatDate(d.dischargeAt));
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text fw={600}>{line}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {d.goodbyeNote}
        </Text>
        {d.can.cancel ? (
          <Button variant="subtle" color="red.9" loading={cancel.isPending} onClick={() => cancel.mutate(d.id)} style={{ alignSelf: 'flex-start' }}>
            {words.discharge.cancel}
          </Button>
        ) : null}
        {cancel.error ? <ErrorNotice error={cancel.error} /> : null}
      </Stack>
    </Paper>
  );
}

function PlanDischarge({ clientId }: { clientId: string }) {
  const plan = usePlanDischarge(clientId);
  // The sessions ahead, to name the last one; the admin, who does not read appointments, plans without one.
  const appointments = useAppointments(clientId);
  const ahead = (appointments.data?.appointments ?? []).filter((a) => a.status === 'scheduled' && new Date(a.start).getTime() > Date.now());
  const [form, setForm] = useState({ dischargeOn: inDays(28), lastAppointmentId: '', goodbyeNote: '' });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="discharge-plan">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          plan.mutate({
            dischargeOn: form.dischargeOn,
            goodbyeNote: form.goodbyeNote,
            ...(form.lastAppointmentId ? { lastAppointmentId: form.lastAppointmentId } : {}),
          });
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="discharge-plan">
            {words.discharge.planHeading}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={words.discharge.date}
              min={today()}
              required
              value={form.dischargeOn}
              onChange={(e) => setForm({ ...form, dischargeOn: e.currentTarget.value })}
            />
            <Select
              label={words.discharge.lastSession}
              clearable
              data={ahead.map((a) => ({ value: a.id, label: formatDateTime(a.start) }))}
              value={form.lastAppointmentId || null}
              onChange={(value) => setForm({ ...form, lastAppointmentId: value ?? '' })}
            />
          </SimpleGrid>
          <Textarea
            label={words.discharge.goodbye}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={form.goodbyeNote}
            onChange={(e) => setForm({ ...form, goodbyeNote: e.currentTarget.value })}
          />
          <Button type="submit" loading={plan.isPending} disabled={!form.dischargeOn || !form.goodbyeNote.trim()} style={{ alignSelf: 'flex-start' }}>
            {words.discharge.submit}
          </Button>
          {plan.error ? <ErrorNotice error={plan.error} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
