import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useMe } from '../identity/identity.api';
import { AppointmentList } from './AppointmentList';
import { CalendarFeedCard } from './CalendarFeedCard';
import { RequestList } from './RequestList';
import { useAppointmentRequests, useAppointments, useStepDownPlan } from './scheduling.api';
import { schedulingWords as words } from './scheduling.words';
import { StepDownTimeline } from './StepDownTimeline';

/** One client's sessions for their care team: the step-down timeline and its signals, requests to answer, what is booked. */
export default function ClinicianAppointmentsPage() {
  const { clientId = '' } = useParams();
  const timeZone = useMe().data?.practice.timeZone;
  const profile = useClientProfile(clientId);
  const appointments = useAppointments(clientId);
  const requests = useAppointmentRequests(clientId);
  const plan = useStepDownPlan(clientId);
  if (profile.isPending) return <LoadingPage />;
  if (profile.error) return <ErrorNotice error={profile.error} onRetry={() => void profile.refetch()} />;
  return (
    <Page title={words.clinicianTitle(profile.data.name)}>
      {plan.isPending ? <Loading /> : null}
      {plan.error ? <ErrorNotice error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data ? plan.data.plan ? <StepDownTimeline plan={plan.data.plan} audience="clinician" /> : <Text>{words.plan.none}</Text> : null}
      <Stack gap="sm" component="section" aria-labelledby="requests-heading">
        <Title order={2} id="requests-heading">
          {words.requests.clinicianHeading}
        </Title>
        {requests.error ? <ErrorNotice error={requests.error} onRetry={() => void requests.refetch()} /> : null}
        {requests.data ? <RequestList clientId={clientId} requests={requests.data.requests} timeZone={timeZone} audience="clinician" /> : null}
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="upcoming-heading">
        <Stack gap="sm">
          <Title order={2} id="upcoming-heading">
            {words.upcomingHeading}
          </Title>
          {appointments.error ? <ErrorNotice error={appointments.error} onRetry={() => void appointments.refetch()} /> : null}
          {appointments.data ? <AppointmentList appointments={appointments.data.appointments} timeZone={timeZone} /> : null}
        </Stack>
      </Paper>
      <CalendarFeedCard />
      <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
        {words.back}
      </Anchor>
    </Page>
  );
}
