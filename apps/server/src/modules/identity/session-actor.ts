import { eq } from 'drizzle-orm';
import type { SessionActor, SessionIsLive } from '../../http/auth';
import type { Actor, Deps } from '../../http/context';
import { findLiveSession } from './identity.queries';
import { sessions } from './identity.tables';
import { sha256 } from './passwords';
import { readSessionThroughCache, type LiveSession } from './session-cache';
import { mustEnrolTotp } from './two-factor-policy';

// Refreshing last_seen_at on every request would be a write per read: once a minute is enough.
const TOUCH_EVERY_MS = 60_000;

/** The actor a session token signs in, for the auth hook (http/auth.ts); the session's last-seen time moves at most once a minute. */
export const actorOfSession: SessionActor = async (deps, token) => {
  const tokenHash = sha256(token);
  const now = deps.clock.now();
  const found = await liveSession(deps, tokenHash, now);
  if (!found) return undefined;
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await deps.database.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    found.session.lastSeenAt = now;
  }
  const actor: Actor = {
    userId: found.user.id,
    practiceId: found.user.practiceId,
    role: found.user.role,
    name: found.user.name,
    ...(found.clientId ? { clientId: found.clientId } : {}),
    sessionId: found.session.publicId,
    isDemo: found.user.isDemo,
    mustEnrolTotp: mustEnrolTotp(found.user),
  };
  return { actor, tokenHash };
};

/** Whether a session is still live: an open event stream ends when it is not (realtime). */
export const sessionIsLive: SessionIsLive = async (db, tokenHash, now) => Boolean(await findLiveSession(db, tokenHash, now));

/**
 * The session behind a cookie: read from the database at most once a second per session in this
 * process (session-cache.ts states the bound and what drops an entry at once); expiry is checked
 * against the clock on every request, cached or not.
 */
async function liveSession(deps: Deps, tokenHash: string, now: Date): Promise<LiveSession | undefined> {
  const found = await readSessionThroughCache(deps, tokenHash, () => findLiveSession(deps.database.db, tokenHash, now));
  return found && found.session.expiresAt > now ? found : undefined;
}
