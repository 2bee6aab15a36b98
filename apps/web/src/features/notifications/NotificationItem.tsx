import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { NotificationView } from '@steadfast/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/format-date';
import classes from './notifications.module.css';
import { notificationsWords } from './notifications.words';

const words = notificationsWords.list;

interface NotificationItemProps {
  notification: NotificationView;
  /** Where it leads (notification-links.ts), when anywhere. */
  to: string | undefined;
  /** Staff only: clients are never shown urgency (CLINICAL.md §3.2). */
  showUrgency: boolean;
  timeZone: string | undefined;
  onOpen: () => void;
  onMarkRead: () => void;
  marking: boolean;
}

/** One notification: its words as a link to what it is about, when, and whether it is new. */
export function NotificationItem({ notification: n, to, showUrgency, timeZone, onOpen, onMarkRead, marking }: NotificationItemProps) {
  const unread = n.readAt === null;
  const urgent = showUrgency && n.urgent;
  const titleId = `notification-${n.id}`;
  return (
    <Paper component="li" withBorder p="md" className={classes.item} data-unread={unread} data-urgent={urgent} data-testid="notification">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Group gap="xs">
            {urgent ? (
              <Badge color="red.9" variant="filled">
                {words.urgent}
              </Badge>
            ) : null}
            {unread ? <Badge variant="light">{words.unread}</Badge> : null}
          </Group>
          <Text id={titleId} fw={unread ? 650 : 400} className={classes.title}>
            {to ? (
              <Anchor component={Link} to={to} onClick={onOpen} inherit>
                {n.title}
              </Anchor>
            ) : (
              n.title
            )}
          </Text>
          <Text size="sm" c="dimmed">
            <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, timeZone)}</time>
          </Text>
        </Stack>
        {unread ? (
          <Button variant="default" size="xs" onClick={onMarkRead} loading={marking} aria-describedby={titleId} className={classes.markRead}>
            {words.markRead}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
