import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCheckinConfig, useCheckinOn } from './check-ins.api';
import { clockTime, todayIn } from './check-ins.dates';
import { useCheckinOutbox } from './check-ins.outbox';
import { checkinWords as words } from './check-ins.words';

/**
 * Today's check-in on the client's home: one button when it is not done, the receipt when it is.
 * It also starts the check-in outbox, so what was kept offline goes out from the home page too.
 */
export function CheckinHomeCard({ userId, clientId }: { userId: string; clientId: string }) {
  const config = useCheckinConfig(clientId);
  const today = config.data ? todayIn(config.data.timeZone) : undefined;
  const saved = useCheckinOn(clientId, today);
  const { items } = useCheckinOutbox(userId);
  const waiting = items.some((i) => i.clientId === clientId && i.body.date === today);
  const held = saved.data ?? null;
  const canBackfill = (config.data?.backdateDays ?? 0) >= 1;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="checkin-home-heading" data-testid="checkin-home">
      <Stack gap="sm">
        <Title order={2} id="checkin-home-heading">
          {words.homeHeading}
        </Title>
        <Text data-testid="checkin-home-status">
          {waiting ? words.waitingToday : held ? words.doneToday(clockTime(held.updatedAt, config.data?.timeZone)) : words.notYetToday}
        </Text>
        <Group gap="md">
          {held || waiting ? (
            <Anchor component={Link} to="/check-in" fw={600}>
              {words.edit}
            </Anchor>
          ) : (
            <Button component={Link} to="/check-in">
              {words.start}
            </Button>
          )}
          {canBackfill ? (
            <Anchor component={Link} to="/check-in?day=yesterday">
              {words.fillYesterday}
            </Anchor>
          ) : null}
          <Anchor component={Link} to="/trends">
            {words.viewTrends}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
