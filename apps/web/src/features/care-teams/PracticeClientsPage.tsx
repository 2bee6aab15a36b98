import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { usePracticeClients } from './care-teams.api';
import { careTeamWords } from './care-teams.words';

const words = careTeamWords.practiceClients;

/**
 * The admin's clients (SPEC §2.1): each client's name and main contact, and the way to their care
 * team. The whole practice on one page, found by name: a practice has tens to a few hundred clients.
 * Nothing clinical is shown here, or sent.
 */
export default function PracticeClientsPage() {
  const clients = usePracticeClients();
  const [search, setSearch] = useState('');
  if (clients.isPending) return <LoadingPage />;
  if (clients.error) return <ErrorNotice error={clients.error} onRetry={() => void clients.refetch()} />;
  const all = clients.data.clients;
  const needle = search.trim().toLocaleLowerCase();
  const shown = needle ? all.filter((c) => c.name.toLocaleLowerCase().includes(needle)) : all;
  return (
    <Page title={words.title} intro={words.intro}>
      {all.length === 0 ? (
        <Text>{words.none}</Text>
      ) : (
        <>
          <TextInput
            type="search"
            label={words.search}
            description={words.searchHint}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', xs: 320 }}
          />
          <Text role="status" c="dimmed">
            {words.count(shown.length, all.length)}
          </Text>
          {shown.length === 0 ? <Text>{words.noMatch}</Text> : null}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {shown.map((client) => (
              <Paper key={client.id} withBorder p="md" component="article" aria-labelledby={`client-${client.id}`}>
                <Stack gap="xs">
                  <Group gap="xs">
                    <Title order={2} size="h4" id={`client-${client.id}`}>
                      {client.name}
                    </Title>
                    {client.status === 'discharged' ? (
                      <Badge variant="light" color="gray">
                        {careTeamWords.discharged}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm">{client.primaryClinician ? words.mainContact(client.primaryClinician.name) : words.noMainContact}</Text>
                  <Anchor component={Link} to={`/clients/${encodeURIComponent(client.id)}/care-team`} aria-label={words.openTeamLabel(client.name)}>
                    {words.openTeam}
                  </Anchor>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        </>
      )}
    </Page>
  );
}
