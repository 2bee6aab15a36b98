import { Anchor, Badge, Group, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { checkinWords } from '../check-ins/check-ins.words';
import { messagingWords } from '../messaging/messaging.words';
import { safetyPlanEditorWords } from '../safety-plans/safety-plans.words';
import { okayPlanWords } from '../okay-plan/okay-plan.words';
import { clinicalNotesWords } from '../clinical-notes/clinical-notes.words';
import { useClientProfile } from '../care-teams/care-teams.api';
import { schedulingWords } from '../scheduling/scheduling.words';
import { careTeamWords } from '../care-teams/care-teams.words';
import { caseloadWords as words } from './caseload.words';
import { CareTeamList } from '../care-teams/CareTeamList';
import { timelineWords } from '../timeline/timeline.words';
import { ClientCareBalance } from '../care-balance/ClientCareBalance';
import { RecordDownloadCard } from '../export/RecordDownloadCard';
import { PeerParticipationLine } from '../peer-space/PeerParticipationLine';

/** One client for their care team: who they are and who looks after them. */
export default function ClientPage() {
  const { clientId } = useParams();
  const profile = useClientProfile(clientId);
  if (profile.isPending) return <LoadingPage />;
  if (profile.error) {
    return (
      <Stack>
        <ErrorNotice error={profile.error} onRetry={() => void profile.refetch()} />
        <Anchor component={Link} to="/">
          {words.backToCaseload}
        </Anchor>
      </Stack>
    );
  }
  const client = profile.data;
  return (
    <Page title={words.clientTitle(client.name)}>
      <Group gap="xs">
        <Badge variant="light" color={client.status === 'active' ? 'harbour' : 'gray'}>
          {client.status === 'active' ? careTeamWords.active : careTeamWords.discharged}
        </Badge>
        <PeerParticipationLine clientId={client.clientId} />
      </Group>
      <Group gap="lg">
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/timeline`} fw={600} data-testid="client-timeline-link">
          {timelineWords.linkFromClient}
        </Anchor>
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/messages`} fw={600} data-testid="client-messages-link">
          {messagingWords.clinician.linkFromClient}
        </Anchor>
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/safety-plan`} fw={600} data-testid="client-safety-plan-link">
          {safetyPlanEditorWords.clinicianTitleUnnamed}
        </Anchor>
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/check-ins`} fw={600} data-testid="client-checkins-link">
          {checkinWords.clinicianLink}
        </Anchor>
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/agreement`} fw={600} data-testid="client-agreement-link">
          Contact agreement
        </Anchor>
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/appointments`} fw={600} data-testid="client-appointments-link">
          {schedulingWords.linkFromClient}
        </Anchor>
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/okay-plan`} fw={600} data-testid="client-okay-plan-link">
          {okayPlanWords.clinicianLink}
        </Anchor>
        {client.can.readNotes ? (
          <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/notes`} fw={600} data-testid="client-notes-link">
            {clinicalNotesWords.link}
          </Anchor>
        ) : null}
      </Group>
      <Stack gap="sm" component="section" aria-labelledby="care-team-heading">
        <Title order={2} id="care-team-heading">
          {careTeamWords.careTeamHeading}
        </Title>
        <CareTeamList members={client.careTeam} showScopes />
        <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}/care-team`} fw={600} data-testid="client-care-team-link">
          {careTeamWords.manageLink}
        </Anchor>
      </Stack>
      <ClientCareBalance clientId={client.clientId} />
      {client.can.exportRecord ? <RecordDownloadCard clientId={client.clientId} audience="clinician" /> : null}
      <Anchor component={Link} to="/">
        {words.backToCaseload}
      </Anchor>
    </Page>
  );
}
