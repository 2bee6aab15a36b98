import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { MeasureSchedulePanel } from '../measures/MeasureSchedulePanel';
import { useCheckinConfig, useCheckinUpdates } from './check-ins.api';
import { clinicianCheckinWords as backWords, trendWords as words } from './check-ins.words';
import { CheckinConfigForm } from './CheckinConfigForm';
import { RecentCheckins } from './RecentCheckins';
import { TrendsPanel } from './TrendsPanel';

/** A client's check-ins for their care team: charts, the last two weeks, what the check-in asks, and the questionnaire schedule. */
export default function ClientCheckinsPage() {
  const { clientId = '' } = useParams();
  const profile = useClientProfile(clientId);
  const config = useCheckinConfig(clientId);
  useCheckinUpdates();
  if (profile.isPending || config.isPending) return <LoadingPage />;
  const error = profile.error ?? config.error;
  if (error) {
    return (
      <Stack>
        <ErrorNotice error={error} />
        <Anchor component={Link} to="/">
          {backWords.caseload}
        </Anchor>
      </Stack>
    );
  }
  const name = profile.data!.name;
  return (
    <Page title={words.clinicianTitle(name)}>
      <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
        {backWords.client(name)}
      </Anchor>
      <Stack gap="sm" component="section" aria-labelledby="trends-heading">
        <Title order={2} id="trends-heading">
          {backWords.trends}
        </Title>
        <TrendsPanel clientId={clientId} clinician />
      </Stack>
      <RecentCheckins clientId={clientId} config={config.data!} />
      <CheckinConfigForm key={config.data!.updatedAt ?? 'new'} clientId={clientId} clientName={name.split(/\s+/)[0] ?? name} config={config.data!} />
      <MeasureSchedulePanel clientId={clientId} />
    </Page>
  );
}
