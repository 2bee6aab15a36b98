import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { InvitationView } from '@steadfast/contracts';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { useInvitations, useWithdrawInvitation } from './invitations.api';
import { invitationWords } from './invitations.words';

const words = invitationWords.list;

// Mantine's light green fails contrast; teal and grey pass in both light and filled variants.
const statusStyle: Record<InvitationView['status'], { color: string; variant: 'light' | 'filled' }> = {
  pending: { color: 'harbour', variant: 'light' },
  accepted: { color: 'harbour', variant: 'filled' },
  expired: { color: 'gray', variant: 'light' },
  revoked: { color: 'gray', variant: 'light' },
};

/** Invitations sent, newest first, each with its status; waiting ones can be withdrawn. */
export function InvitationList({ timeZone }: { timeZone?: string | undefined }) {
  const invitations = useInvitations();
  const withdraw = useWithdrawInvitation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="invitations-heading">
      <Title order={2} id="invitations-heading">
        {words.heading}
      </Title>
      {invitations.isPending ? <Loading /> : null}
      {invitations.error ? <ErrorNotice error={invitations.error} onRetry={() => void invitations.refetch()} /> : null}
      {withdraw.error ? <ErrorNotice error={withdraw.error} /> : null}
      {invitations.data?.invitations.length === 0 ? <Text>{words.none}</Text> : null}
      {invitations.data?.invitations.map((inv) => (
        <Paper key={inv.id} withBorder p="md" data-testid="invitation">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600}>{inv.name}</Text>
                <Badge {...statusStyle[inv.status]}>{words.status[inv.status]}</Badge>
              </Group>
              <Text size="sm">
                {inv.email} · {words.kind[inv.kind]}
              </Text>
              <Text size="sm" c="dimmed">
                {words.sentBy(inv.invitedByName, formatDateTime(inv.createdAt, timeZone))}
              </Text>
              {inv.status === 'pending' ? (
                <Text size="sm" c="dimmed">
                  {words.expires(formatDateTime(inv.expiresAt, timeZone))}
                </Text>
              ) : null}
            </Stack>
            {inv.status === 'pending' ? (
              <Button
                variant="default"
                size="sm"
                onClick={() => withdraw.mutate(inv.id)}
                loading={withdraw.isPending && withdraw.variables === inv.id}
                aria-label={words.withdrawLabel(inv.name)}
              >
                {words.withdraw}
              </Button>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
