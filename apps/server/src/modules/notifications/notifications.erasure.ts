import { and, eq, or } from 'drizzle-orm';
import { erasureCount, removeRows, type EraseClientRecords } from '../../access/erasure-source';
import { notificationPreferences, notifications, pushSubscriptions } from './notifications.tables';

/**
 * Notices to the client and notices to clinicians about them, the client's notice settings (an
 * SMS number) and their devices' push subscriptions: removed. A pending push or SMS job finds its
 * notice gone and does nothing.
 */
export const eraseNotifications: EraseClientRecords = async (tx, { practiceId, clientId, clientUserId }) => [
  erasureCount('notifications', {
    removed: await removeRows(tx, notifications, and(eq(notifications.practiceId, practiceId), or(eq(notifications.userId, clientUserId), eq(notifications.clientId, clientId)))!),
  }),
  erasureCount('notificationSettings', {
    removed: await removeRows(tx, notificationPreferences, and(eq(notificationPreferences.practiceId, practiceId), eq(notificationPreferences.userId, clientUserId))!),
  }),
  erasureCount('pushSubscriptions', {
    removed: await removeRows(tx, pushSubscriptions, and(eq(pushSubscriptions.practiceId, practiceId), eq(pushSubscriptions.userId, clientUserId))!),
  }),
];
