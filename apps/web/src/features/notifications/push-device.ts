import { apiRequest } from '../../app/api';

/** Web push on this device, as the person sees it. */
export type PushState = 'unsupported' | 'blocked' | 'off' | 'on';

/** What turning it on came to: `dismissed` when the browser's question was closed unanswered. */
export type TurnOnResult = PushState | 'dismissed';

/** Push needs a service worker (the built app registers one), the Push API and notifications. */
export function pushSupported(): boolean {
  return (
    typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof window !== 'undefined' && 'PushManager' in window && 'Notification' in window
  );
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration();
}

/** The device's state now, without asking the person anything. */
export async function readPushState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const reg = await registration();
  // No service worker (the development server, or the first moments of a first visit).
  if (!reg) return 'unsupported';
  const subscription = await reg.pushManager.getSubscription();
  return subscription && Notification.permission === 'granted' ? 'on' : 'off';
}

/**
 * Asks the browser for permission (only ever from the person's own click), subscribes with the
 * server's VAPID public key and registers the subscription with the server. A subscription the
 * server did not accept is undone, so "on" always means the server knows this device.
 */
export async function turnPushOn(): Promise<TurnOnResult> {
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'blocked';
  if (permission !== 'granted') return 'dismissed';
  const reg = await registration();
  if (!reg) return 'unsupported';
  const { publicKey } = await apiRequest('/api/v1/push/public-key', (c) => c.PushPublicKey);
  const key = base64UrlToBytes(publicKey);
  let subscription = await reg.pushManager.getSubscription();
  // A subscription made with other keys (the server's were replaced) cannot be reused.
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  const created = !subscription;
  subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  try {
    await apiRequest('/api/v1/push/subscriptions', (c) => c.Ok, { method: 'POST', body: subscription.toJSON() });
  } catch (error) {
    if (created) await subscription.unsubscribe().catch(() => false);
    throw error;
  }
  return 'on';
}

/**
 * Stops push here: the browser's subscription first, which alone guarantees nothing more
 * arrives, then the server's record. Should that request fail, the push service answers the
 * server's next push with "gone" and the server removes the record itself.
 */
export async function turnPushOff(): Promise<PushState> {
  const subscription = await (await registration())?.pushManager.getSubscription();
  if (!subscription) return 'off';
  const { endpoint } = subscription;
  await subscription.unsubscribe();
  await apiRequest('/api/v1/push/subscriptions', (c) => c.Ok, { method: 'DELETE', body: { endpoint } }).catch(() => undefined);
  return 'off';
}

/** VAPID keys travel as unpadded base64url; PushManager wants the raw bytes. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameKey(existing: ArrayBuffer | null, key: Uint8Array): boolean {
  if (!existing) return false;
  const a = new Uint8Array(existing);
  return a.length === key.length && a.every((byte, i) => byte === key[i]);
}
