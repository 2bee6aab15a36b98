/** Query keys: the bell and the list sit under ['notifications'], so one invalidation refreshes both. */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: ['notifications', 'list'] as const,
  preferences: ['notification-preferences'] as const,
};
