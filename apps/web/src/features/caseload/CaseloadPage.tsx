import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CaseloadEntry } from '@steadfast/contracts';
import { useState } from 'react';
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
import { CaseloadTable } from './CaseloadTable';
import { caseloadFilters, caseloadSorts, defaultView, viewOf, type CaseloadFilter, type CaseloadSort, type CaseloadView } from './caseload.view';
import { caseloadWords as words, viewWords } from './caseload.words';

/** The clinician's caseload: each client with their signals (SPEC §2.8), most pressing first, then their care team. */
export default function CaseloadPage() {
  const me = useMe().data;
  // Messages, flags and check-ins change the caseload's signals: refresh it while it is open.
  const live = useMessageUpdates();
  useCaseloadSignalUpdates();
  const caseload = useCaseload(live);
  const now = useNow();
  useRefetchWhenDue(nextDueOf(caseload.data?.clients ?? [], now), now);
  const [view, setView] = useState<CaseloadView>(defaultView);
  // At 40–100 clients cards stop working: from a tablet's width up, one row per client.
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const all = caseload.data?.clients ?? [];
  const shown = viewOf(all, view);
  return (
    <Page title={words.title} intro={words.intro}>
      <Stack gap="sm" component="section" aria-labelledby="clients-heading">
        <Title order={2} id="clients-heading">
          {words.clientsHeading}
        </Title>
        {caseload.isPending ? <Loading /> : null}
        {caseload.error ? <ErrorNotice error={caseload.error} onRetry={() => void caseload.refetch()} /> : null}
        {caseload.data?.clients.length === 0 ? <Text>{words.none}</Text> : null}
        {all.length > 0 ? <ViewControls view={view} onChange={setView} /> : null}
        {all.length > 0 ? (
          <Text size="sm" role="status" data-testid="caseload-count">
            {viewWords.showing(shown.length, all.length)}
          </Text>
        ) : null}
        {all.length > 0 && shown.length === 0 ? (
          <Group gap="sm">
            <Text>{viewWords.noneMatch}</Text>
            <Button variant="default" size="xs" onClick={() => setView(defaultView)}>
              {viewWords.showAll}
            </Button>
          </Group>
        ) : null}
        {wide && shown.length > 0 ? (
          <CaseloadTable clients={shown} now={now} timeZone={me?.practice.timeZone} labelledBy="clients-heading" />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {shown.map((client) => (
              <CaseloadClientCard key={client.clientId} client={client} now={now} timeZone={me?.practice.timeZone} />
            ))}
          </SimpleGrid>
        )}
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

/** Search, filter and order: what a clinician narrows the caseload with. Every change is read out by the count below. */
function ViewControls({ view, onChange }: { view: CaseloadView; onChange: (view: CaseloadView) => void }) {
  return (
    <Group gap="md" align="end" wrap="wrap" data-testid="caseload-controls">
      <TextInput
        type="search"
        label={viewWords.search}
        description={viewWords.searchHint}
        value={view.search}
        onChange={(e) => onChange({ ...view, search: e.currentTarget.value })}
        w={{ base: '100%', xs: 240 }}
      />
      <Select
        label={viewWords.show}
        data={caseloadFilters.map((value) => ({ value, label: viewWords.filter[value] }))}
        value={view.filter}
        onChange={(value) => onChange({ ...view, filter: (value ?? 'all') as CaseloadFilter })}
        allowDeselect={false}
        w={{ base: '100%', xs: 240 }}
      />
      <Select
        label={viewWords.sortBy}
        data={caseloadSorts.map((value) => ({ value, label: viewWords.sort[value] }))}
        value={view.sort}
        onChange={(value) => onChange({ ...view, sort: (value ?? 'need') as CaseloadSort })}
        allowDeselect={false}
        w={{ base: '100%', xs: 260 }}
      />
    </Group>
  );
}

/** The next promised reply still in the future, across the caseload. */
function nextDueOf(clients: CaseloadEntry[], now: number): string | undefined {
  const upcoming = clients.map((c) => c.signals.messages?.nextReplyDue?.at).filter((at): at is string => Boolean(at) && Date.parse(at!) > now);
  return upcoming.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}
