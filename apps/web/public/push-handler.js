/*
 * Web push for Steadfast, loaded into the generated service worker with importScripts
 * (vite.config.ts). Self-contained on purpose: no imports, no build step.
 *
 * A push shows one short notice. It never carries what anyone wrote (SPEC §2.9): the server
 * sends {title, body, url} made from fixed words (apps/server/src/modules/notifications/
 * notifications.words.ts, pushText); anything missing, odd or too long falls back to fixed
 * words here. A click opens the app at the notice's path, never another site.
 */
const FALLBACK_TITLE = 'Steadfast';
const FALLBACK_BODY = 'A new notice needs you.';
const FALLBACK_PATH = '/notifications';
const MAX_WORDS = 120;

self.addEventListener('push', (event) => {
  const notice = readNotice(event.data);
  event.waitUntil(
    self.registration.showNotification(notice.title, {
      body: notice.body,
      icon: '/icons/icon-192.png',
      // One notice at a time on the lock screen: a new one replaces the last, and still alerts.
      tag: 'steadfast-notice',
      renotify: true,
      data: { url: notice.url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  event.waitUntil(openApp(samePath(data.url)));
});

/** The payload's words when they are plain short text, else the fixed ones. */
function readNotice(data) {
  let payload;
  try {
    payload = data ? data.json() : {};
  } catch (error) {
    payload = {};
  }
  if (!payload || typeof payload !== 'object') payload = {};
  return { title: plainText(payload.title) || FALLBACK_TITLE, body: plainText(payload.body) || FALLBACK_BODY, url: samePath(payload.url) };
}

function plainText(value) {
  return typeof value === 'string' && value.trim() && value.length <= MAX_WORDS ? value.trim() : '';
}

/** A path of this app only: another origin, or anything not a string, opens the notifications page. */
function samePath(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return FALLBACK_PATH;
  try {
    const url = new URL(value, self.location.origin);
    return url.origin === self.location.origin ? url.pathname + url.search + url.hash : FALLBACK_PATH;
  } catch (error) {
    return FALLBACK_PATH;
  }
}

/** Focuses an open Steadfast window and takes it to the path, or opens a new one there. */
async function openApp(path) {
  const target = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) {
    if (new URL(client.url).origin !== self.location.origin) continue;
    try {
      const focused = await client.focus();
      if (focused.url === target) return;
      // navigate() works only in windows this worker controls; otherwise open a new one below.
      if (await focused.navigate(target)) return;
    } catch (error) {
      // Not focusable or not controlled: fall through to a new window.
    }
  }
  await self.clients.openWindow(target);
}
