import { Anchor, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { NotificationItem } from './NotificationItem';
import { notificationPath } from './notification-links';
import { useMarkAllRead, useMarkRead, useNotifications } from './notifications.api';
import classes from './notifications.module.css';
import { notificationsWords } from './notifications.words';

const words = notificationsWords.list;

/** The person's notifications, newest first: each opens what it is about and is then read. */
export default function NotificationsPage() {
  const me = useMe().data;
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const role = me?.user.role ?? 'client';
  const unread = list.data?.unread ?? 0;
  return (
    <Page title={words.title} intro={words.intro}>
      <Group justify="space-between" gap="sm">
        <Anchor component={Link} to="/notification-settings">
          {words.settingsLink}
        </Anchor>
        <Button variant="default" onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={unread === 0}>
          {words.markAll}
        </Button>
      </Group>
      {markRead.error ? <ErrorNotice error={markRead.error} /> : null}
      {markAll.error ? <ErrorNotice error={markAll.error} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.notifications.length === 0 ? <Text>{words.empty}</Text> : null}
      {list.data && list.data.notifications.length > 0 ? (
        <ul className={classes.list} aria-label={words.title}>
          {list.data.notifications.map((n) => (
            <NotificationItem
              key={n.id}
              notification={n}
              to={notificationPath(n, role)}
              showUrgency={role !== 'client'}
              timeZone={me?.practice.timeZone}
              // Opening it is reading it; the link is followed at once, the mark goes with it.
              onOpen={() => {
                if (n.readAt === null) markRead.mutate(n.id);
              }}
              onMarkRead={() => markRead.mutate(n.id)}
              marking={markRead.isPending && markRead.variables === n.id}
            />
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
