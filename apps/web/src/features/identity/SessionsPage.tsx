import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { forgetPersonalCopies } from '../../app/sign-out-cleanup';
import { useMe, useMySessions, useRevokeSession } from './identity.api';
import { identityWords } from './identity.words';
import { describeDevice } from './describe-device';
import { ChangePasswordForm } from './ChangePasswordForm';

const words = identityWords.sessions;

/** "Signed in on these devices", each revocable; staff also see their two-factor state. */
export default function SessionsPage() {
  const me = useMe().data;
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const timeZone = me?.practice.timeZone;

  const signOutOf = (id: string, current: boolean) =>
    revoke.mutate(id, {
      onSuccess: async () => {
        if (!current) return;
        await forgetPersonalCopies();
        queryClient.clear();
        void navigate('/sign-in', { replace: true });
      },
    });

  return (
    <Page title={words.title} intro={words.intro}>
      {me && me.user.role !== 'client' ? (
        <Stack gap="xs" component="section" aria-labelledby="two-factor-heading">
          <Title order={2} id="two-factor-heading">
            {words.twoFactorHeading}
          </Title>
          <Text>
            {me.user.totpEnabled ? words.twoFactorOn : words.twoFactorOff}{' '}
            {me.user.totpEnabled ? null : (
              <Anchor component={Link} to="/two-factor">
                {words.twoFactorSetUp}
              </Anchor>
            )}
          </Text>
        </Stack>
      ) : null}
      <Stack gap="sm" component="section" aria-labelledby="devices-heading">
        <Title order={2} id="devices-heading">
          {words.devicesHeading}
        </Title>
        {sessions.isPending ? <Loading /> : null}
        {sessions.error ? <ErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
        {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
        {sessions.data?.sessions.map((s) => (
          <Paper key={s.id} withBorder p="md" data-testid="session">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{s.userAgent ? describeDevice(s.userAgent) : words.unknownDevice}</Text>
                  {s.current ? <Badge variant="light">{words.thisDevice}</Badge> : null}
                </Group>
                <Text size="sm">{words.signedIn(formatDateTime(s.createdAt, timeZone))}</Text>
                <Text size="sm">{words.lastSeen(formatDateTime(s.lastSeenAt, timeZone))}</Text>
              </Stack>
              <Button variant="default" size="sm" onClick={() => signOutOf(s.id, s.current)} loading={revoke.isPending && revoke.variables === s.id}>
                {s.current ? words.revokeThis : words.revoke}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
      <ChangePasswordForm />
    </Page>
  );
}
