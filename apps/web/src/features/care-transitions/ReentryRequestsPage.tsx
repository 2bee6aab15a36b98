import { Anchor, List, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { apiRequest } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';

const words = {
  title: 'Requests to come back',
  intro: 'Clients who were discharged and asked to come back. Each asked on their own: please get in touch with them.',
  none: 'No requests to come back.',
  open: (name: string) => `Open ${name}’s care changes`,
} as const;

/** Re-entry requests (SPEC §2.10): the practice's for the admin, a clinician's own clients' for them. */
export default function ReentryRequestsPage() {
  const list = useQuery({ queryKey: ['reentry-requests'], queryFn: () => apiRequest('/api/v1/reentry-requests', (c) => c.ReentryRequestList) });
  if (list.isPending) return <LoadingPage title={words.title} />;
  if (list.error) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Page title={words.title} intro={words.intro}>
      {list.data.requests.length === 0 ? (
        <Text c="dimmed">{words.none}</Text>
      ) : (
        <List listStyleType="none" ml={0} pl={0} spacing="sm">
          {list.data.requests.map((r) => (
            <List.Item key={r.id}>
              <Paper withBorder p="md">
                <Stack gap={4}>
                  <Text fw={600}>{r.clientName}</Text>
                  <Text size="sm">{formatDateTime(r.createdAt)}</Text>
                  {r.message ? <Text style={{ whiteSpace: 'pre-wrap' }}>{r.message}</Text> : null}
                  <Anchor component={Link} to={`/clients/${encodeURIComponent(r.clientId)}/transitions`}>
                    {words.open(r.clientName)}
                  </Anchor>
                </Stack>
              </Paper>
            </List.Item>
          ))}
        </List>
      )}
    </Page>
  );
}
