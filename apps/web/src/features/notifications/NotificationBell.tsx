import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { apiRequest } from '../../app/api';
import { bellWords } from './bell.words';
import { notificationKeys } from './notifications.keys';
import classes from './NotificationBell.module.css';

// The event stream's code is loaded after the first paint: the bell itself must stay tiny.
const NotificationsLive = lazy(() => import('./NotificationsLive'));

/**
 * The header's bell: a link to the notifications page whose name says how many are unread.
 * Live while the event stream is connected (a new notification refetches the count and the
 * list), else refetched once a minute. `data-live` says which, for tests and support.
 */
export function NotificationBell() {
  const [live, setLive] = useState(false);
  const queryClient = useQueryClient();
  const unread = useUnreadCount(live);
  const count = unread.data ?? 0;
  const here = useLocation().pathname === '/notifications';
  return (
    <>
      <Link
        to="/notifications"
        className={classes.bell}
        aria-label={bellWords.label(count)}
        aria-current={here ? 'page' : undefined}
        data-testid="notifications-bell"
        data-live={live}
        data-unread={count}
      >
        <BellIcon />
        {count > 0 ? (
          <span className={classes.count} aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </Link>
      <Suspense fallback={null}>
        <NotificationsLive onStatus={setLive} onChange={() => void queryClient.invalidateQueries({ queryKey: notificationKeys.all })} />
      </Suspense>
    </>
  );
}

/** How many of the person's notifications are unread (one row is fetched; the count comes with it). */
function useUnreadCount(live: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => apiRequest('/api/v1/notifications?limit=1', (c) => c.NotificationList, { signal }),
    select: (list) => list.unread,
    refetchInterval: live ? false : 60_000,
  });
}

function BellIcon() {
  return (
    <svg
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}
