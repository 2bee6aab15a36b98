import { Paper, Stack, Title } from '@mantine/core';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { AppointmentList } from './AppointmentList';
import { CalendarFeedCard } from './CalendarFeedCard';
import { RequestAppointment } from './RequestAppointment';
import { RequestList } from './RequestList';
import { useAppointmentRequests, useAppointments, useRequestOptions, useStepDownPlan } from './scheduling.api';
import { schedulingWords as words } from './scheduling.words';
import { StepDownTimeline } from './StepDownTimeline';

/** The client's appointments: what is coming, their step-down plan, asking for a time, and their calendar. */
export default function ClientAppointmentsPage() {
  const me = useMe().data;
  const clientId = me?.user.clientId ?? '';
  const timeZone = me?.practice.timeZone;
  const appointments = useAppointments(clientId);
  const options = useRequestOptions(clientId);
  const requests = useAppointmentRequests(clientId);
  const plan = useStepDownPlan(clientId);
  if (!me) return <LoadingPage title={words.clientTitle} />;
  return (
    <Page title={words.clientTitle} intro={words.clientIntro}>
      <Paper withBorder p="md" component="section" aria-labelledby="upcoming-heading">
        <Stack gap="sm">
          <Title order={2} id="upcoming-heading">
            {words.upcomingHeading}
          </Title>
          {appointments.isPending ? <Loading /> : null}
          {appointments.error ? <ErrorNotice error={appointments.error} onRetry={() => void appointments.refetch()} /> : null}
          {appointments.data ? <AppointmentList appointments={appointments.data.appointments} timeZone={timeZone} showClinician /> : null}
        </Stack>
      </Paper>
      {options.data ? <RequestAppointment clientId={clientId} options={options.data} /> : null}
      {options.error ? <ErrorNotice error={options.error} onRetry={() => void options.refetch()} /> : null}
      {plan.data?.plan ? <StepDownTimeline plan={plan.data.plan} audience="client" /> : null}
      {requests.data && requests.data.requests.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="requests-heading">
          <Title order={2} id="requests-heading">
            {words.requests.heading}
          </Title>
          <RequestList clientId={clientId} requests={requests.data.requests} timeZone={timeZone} audience="client" />
        </Stack>
      ) : null}
      <CalendarFeedCard />
    </Page>
  );
}
