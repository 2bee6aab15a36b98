import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CaseloadEntry } from '@steadfast/contracts';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { InvitationList } from '../invitations/InvitationList';
import { InviteForm } from '../invitations/InviteForm';
import { useMessageUpdates } from '../messaging/messaging.api';
import { useNow } from '../risk/risk.api';
import { useCaseload, useCaseloadSignalUpdates, useRefetchWhenDue } from './caseload.api';
import { CaseloadClientCard } from './CaseloadClientCard';
import { caseloadWords as words } from './caseload.words';

/** The clinician's caseload: each client with their signals (SPEC §2.8), most pressing first, then their care team. */
export default function CaseloadPage() {
  const me = useMe().data;
  // Messages, flags and check-ins change the caseload's signals: refresh it while it is open.
  const live = useMessageUpdates();
  useCaseloadSignalUpdates();
  const caseload = useCaseload(live);
  const now = useNow();
  useRefetchWhenDue(nextDueOf(caseload.data?.clients ?? [], now), now);
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
          {caseload.data?.clients.map((client) => (
            <CaseloadClientCard key={client.clientId} client={client} now={now} timeZone={me?.practice.timeZone} />
          ))}
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

/** The next promised reply still in the future, across the caseload. */
function nextDueOf(clients: CaseloadEntry[], now: number): string | undefined {
  const upcoming = clients.map((c) => c.signals.messages?.nextReplyDue?.at).filter((at): at is string => Boolean(at) && Date.parse(at!) > now);
  return upcoming.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}
