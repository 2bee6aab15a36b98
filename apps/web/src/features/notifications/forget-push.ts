/**
 * On a chosen sign-out this device stops receiving the person's push notifications, so the next
 * person to use it is not told about their messages. The browser's unsubscribe is enough: the
 * push service then answers the server's next push with "gone", and the server forgets the device.
 * Kept apart from push-device.ts: sign-out is in every signed-in page's first download.
 */
export async function forgetPushOnThisDevice(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const reg = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  const subscription = await reg?.pushManager?.getSubscription().catch(() => null);
  await subscription?.unsubscribe().catch(() => false);
}
