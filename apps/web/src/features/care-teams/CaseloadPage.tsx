import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CaseloadEntry } from '@steadfast/contracts';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { InvitationList } from '../invitations/InvitationList';
import { InviteForm } from '../invitations/InviteForm';
import { useMessageUpdates } from '../messaging/messaging.api';
import { useCaseload } from './care-teams.api';
import { careTeamWords } from './care-teams.words';
import { caseloadWords as words } from './caseload.words';

/** The clinician's caseload: each client with their role, main contact and care team. */
export default function CaseloadPage() {
  const me = useMe().data;
  const caseload = useCaseload();
  // Messages change the caseload's signals: refresh it while it is open.
  useMessageUpdates();
  return (
    <Page title={words.title} intro={words.intro}>
      <Stack gap="sm" component="section" aria-labelledby="clients-heading">
        <Title order={2} id="clients-heading">
          {words.clientsHeading}
        </Title>
        {caseload.isPending ? <Loading /> : null}
        {caseload.error ? <ErrorNotice error={caseload.error} onRetry={() => void caseload.refetch()} /> : null}
        {caseload.data?.clients.length === 0 ? <Text>{words.none}</Text> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {caseload.data?.clients.map((client) => <ClientCard key={client.clientId} client={client} />)}
        </SimpleGrid>
      </Stack>
      {me?.can.inviteClients ? (
        <>
          <InviteForm kind="client" />
          <InvitationList timeZone={me.practice.timeZone} />
        </>
      ) : null}
    </Page>
  );
}

function ClientCard({ client }: { client: CaseloadEntry }) {
  const others = client.careTeam.filter((m) => !m.isPrimary);
  return (
    <Paper withBorder p="md" data-testid="caseload-client" component="article" aria-labelledby={`client-${client.clientId}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id={`client-${client.clientId}`}>
            <Anchor component={Link} to={`/clients/${client.clientId}`} inherit>
              {client.name}
            </Anchor>
          </Title>
          {client.status === 'discharged' ? <Badge color="gray">{careTeamWords.discharged}</Badge> : null}
        </Group>
        <Text size="sm">
          {words.yourRole}: {client.isPrimary ? `${careTeamWords.role[client.myRole ?? 'therapist']}, ${careTeamWords.primary.toLowerCase()}` : client.myRole ? careTeamWords.role[client.myRole] : words.notOnTeam}
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
