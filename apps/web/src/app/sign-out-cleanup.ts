import { forgetPushOnThisDevice } from '../features/notifications/forget-push';
import { forgetLocalCopy } from './local-copy';
import { PEER_DRAFTS } from '../features/peer-space/usePeerDraft';

/** Keys of local copies that belong to one person; crisis lines belong to the practice and stay. */
const personalCopies = ['safetyPlan', PEER_DRAFTS];

/** Service-worker caches that may hold one person's answers (see vite.config.ts). */
const personalCaches = ['steadfast-me', 'steadfast-crisis'];

/**
 * On a chosen sign-out the device forgets the person's plan and who they are, and stops their
 * push notifications, so the next person using it sees none of it. The practice's crisis lines stay for the crisis screen.
 */
export async function forgetPersonalCopies(): Promise<void> {
  personalCopies.forEach(forgetLocalCopy);
  await forgetPushOnThisDevice();
  if (typeof caches === 'undefined') return;
  await Promise.all(personalCaches.map((name) => caches.delete(name).catch(() => false)));
}
