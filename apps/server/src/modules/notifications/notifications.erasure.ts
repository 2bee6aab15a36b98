import { and, eq, ne } from 'drizzle-orm';
import { countRows, erasureCount, removeRows, type EraseClientRecords } from '../../access/erasure-source';
import { notificationPreferences, notifications, pushSubscriptions } from './notifications.tables';

/**
 * Notices to the client, their notice settings (an SMS number) and their devices' push
 * subscriptions: removed (a pending push or SMS job finds its notice gone and does nothing).
 * Notices to clinicians about the client hold ids only and belong to the care that the retention
 * rule keeps (a reply still due on a kept message): kept within retention, removed past it.
 */
export const eraseNotifications: EraseClientRecords = async (tx, { practiceId, clientId, clientUserId, keepClinical }) => {
  const toClient = await removeRows(tx, notifications, and(eq(notifications.practiceId, practiceId), eq(notifications.userId, clientUserId))!);
  const aboutClient = and(eq(notifications.practiceId, practiceId), eq(notifications.clientId, clientId), ne(notifications.userId, clientUserId))!;
  const toTeam = keepClinical ? { kept: await countRows(tx, notifications, aboutClient) } : { removed: await removeRows(tx, notifications, aboutClient) };
  return [
    erasureCount('notifications', { removed: toClient + (toTeam.removed ?? 0), kept: toTeam.kept ?? 0 }),
    erasureCount('notificationSettings', {
      removed: await removeRows(
        tx,
        notificationPreferences,
        and(eq(notificationPreferences.practiceId, practiceId), eq(notificationPreferences.userId, clientUserId))!,
      ),
    }),
    erasureCount('pushSubscriptions', {
      removed: await removeRows(tx, pushSubscriptions, and(eq(pushSubscriptions.practiceId, practiceId), eq(pushSubscriptions.userId, clientUserId))!),
    }),
  ];
};
