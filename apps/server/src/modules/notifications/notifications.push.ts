import { and, eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { PushSubscriptionBody } from '@steadfast/contracts';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import type { JobHandler } from '../../jobs/runner';
import { notifications, pushSubscriptions, pushVapidKeys } from './notifications.tables';
import { pushText } from './notifications.words';

export const PUSH_JOB = 'notifications.push';

/** The server's VAPID keys, generated and stored on first use; a race between servers keeps the first. */
export async function vapidKeys(db: Db): Promise<{ publicKey: string; privateKey: string }> {
  const [existing] = await db.select().from(pushVapidKeys).where(eq(pushVapidKeys.id, 1));
  if (existing) return existing;
  const generated = webpush.generateVAPIDKeys();
  await db
    .insert(pushVapidKeys)
    .values({ id: 1, ...generated })
    .onConflictDoNothing();
  const [stored] = await db.select().from(pushVapidKeys).where(eq(pushVapidKeys.id, 1));
  return stored!;
}

/** Push services want a contact: the public https address, else the mail sender's address. */
export function vapidSubject(config: Config): string {
  if (config.publicUrl.startsWith('https://')) return config.publicUrl;
  const address = /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
  return `mailto:${address.trim()}`;
}

/** Saves (or moves to this person) a browser's subscription; the endpoint is the device's identity. */
export async function subscribe(ctx: Ctx, body: PushSubscriptionBody): Promise<void> {
  const values = {
    practiceId: ctx.actor.practiceId,
    userId: ctx.actor.userId,
    endpoint: body.endpoint,
    p256dh: body.keys.p256dh,
    auth: body.keys.auth,
    createdAt: ctx.clock.now(),
  };
  await ctx.db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { practiceId: values.practiceId, userId: values.userId, p256dh: values.p256dh, auth: values.auth },
    });
}

export async function unsubscribe(ctx: Ctx, endpoint: string): Promise<void> {
  await ctx.db
    .delete(pushSubscriptions)
    .where(
      and(eq(pushSubscriptions.practiceId, ctx.actor.practiceId), eq(pushSubscriptions.userId, ctx.actor.userId), eq(pushSubscriptions.endpoint, endpoint)),
    );
}

/**
 * Sends one notification's push to each of the person's devices. The request is built by web-push
 * (encryption, VAPID) and sent with fetch. A gone subscription (404/410) is removed; a failure
 * everywhere retries the job.
 */
export const pushJob: JobHandler = {
  kind: PUSH_JOB,
  mode: 'leased',
  async run(job, db, deps) {
    const { practiceId, notificationId } = job.payload as { practiceId: string; notificationId: string };
    const [notification] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.practiceId, practiceId), eq(notifications.id, notificationId)));
    if (!notification) return;
    const subs = await db
      .select()
      .from(pushSubscriptions)
      .where(and(eq(pushSubscriptions.practiceId, practiceId), eq(pushSubscriptions.userId, notification.userId)));
    if (subs.length === 0) return;
    const keys = await vapidKeys(db);
    // The app's notifications page: each notice there leads on to what it is about.
    const payload = JSON.stringify({ ...pushText(notification.kind), url: '/notifications' });
    const vapidDetails = { subject: vapidSubject(deps.config), ...keys };
    let failures = 0;
    for (const sub of subs) {
      const request = webpush.generateRequestDetails({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, payload, {
        vapidDetails,
        TTL: 24 * 3600,
        urgency: notification.urgent ? 'high' : 'normal',
        contentEncoding: 'aes128gcm',
      });
      const response = await fetch(request.endpoint, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(10_000),
      }).catch(() => undefined);
      if (response?.status === 404 || response?.status === 410)
        await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.practiceId, practiceId), eq(pushSubscriptions.id, sub.id)));
      else if (!response || !response.ok) failures += 1;
    }
    if (failures === subs.length) throw new Error(`push failed for all ${failures} devices`);
  },
};
