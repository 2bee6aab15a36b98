import type { FastifyInstance } from 'fastify';
import {
  IdParams,
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  NotificationPreferencesBody,
  Ok,
  PushPublicKey,
  PushSubscriptionBody,
  PushUnsubscribeBody,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { subscribe, unsubscribe, vapidKeys } from './notifications.push';
import {
  getMyPreferences,
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  setMyPreferences,
  type NoticeTitles,
} from './notifications.service';

/** The signed-in person's own notifications, notice preferences and push devices. */
export async function notificationRoutes(app: FastifyInstance, titles: NoticeTitles = {}) {
  const r = typed(app);
  const mine = { access: { signedIn: true } } as const;

  r.get('/api/v1/notifications', {
    schema: { tags: ['notifications'], summary: 'My notifications, newest first', querystring: NotificationListQuery, response: { 200: NotificationList } },
    config: mine,
    handler: async (request) => listMyNotifications(request.ctx, request.query.limit, titles),
  });

  r.post('/api/v1/notifications/:id/read', {
    schema: { tags: ['notifications'], summary: 'Mark one of my notifications read', params: IdParams, response: { 200: Ok } },
    config: { access: { own: 'notification' } },
    handler: async (request) => {
      await markNotificationRead(request.ctx, request.params.id);
      return { ok: true as const };
    },
  });

  r.post('/api/v1/notifications/read-all', {
    schema: { tags: ['notifications'], summary: 'Mark all my notifications read', response: { 200: Ok } },
    config: mine,
    handler: async (request) => {
      await markAllNotificationsRead(request.ctx);
      return { ok: true as const };
    },
  });

  r.get('/api/v1/me/notification-preferences', {
    schema: { tags: ['notifications'], summary: 'How I want to be told', response: { 200: NotificationPreferences } },
    config: mine,
    handler: async (request) => getMyPreferences(request.ctx),
  });

  r.put('/api/v1/me/notification-preferences', {
    schema: { tags: ['notifications'], summary: 'Change how I want to be told', body: NotificationPreferencesBody, response: { 200: NotificationPreferences } },
    config: mine,
    handler: async (request) => setMyPreferences(request.ctx, request.body),
  });

  r.get('/api/v1/push/public-key', {
    schema: { tags: ['notifications'], summary: "The server's VAPID public key, for PushManager.subscribe", response: { 200: PushPublicKey } },
    config: mine,
    handler: async (request) => ({ publicKey: (await vapidKeys(request.ctx.db)).publicKey }),
  });

  r.post('/api/v1/push/subscriptions', {
    schema: { tags: ['notifications'], summary: 'Register this browser for push notices', body: PushSubscriptionBody, response: { 201: Ok } },
    config: mine,
    handler: async (request, reply) => {
      await subscribe(request.ctx, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  });

  r.delete('/api/v1/push/subscriptions', {
    schema: { tags: ['notifications'], summary: 'Stop push notices to this browser', body: PushUnsubscribeBody, response: { 200: Ok } },
    config: mine,
    handler: async (request) => {
      await unsubscribe(request.ctx, request.body.endpoint);
      return { ok: true as const };
    },
  });
}
