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

/** The actor a session token signs in, for the auth hook (http/auth.ts); the session's last-seen time moves at most once a minute, and never for a background request. */
export const actorOfSession: SessionActor = async (deps, token, request) => {
  const tokenHash = sha256(token);
  const now = deps.clock.now();
  const found = await liveSession(deps, tokenHash, now);
  if (!found) return undefined;
  if (isIdle(found, now, deps.config.staffIdleMinutes)) return { ended: 'session_idle' };
  // A request the app made by itself (a poll) is served but is not activity: it moves nothing.
  if (!request.background && now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
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

/**
 * A clinician's or admin's session unused for the configured minutes has ended (SPEC §2.12: a
 * staff computer left signed in shows clients' records to whoever sits down). It is not revoked
 * by a write: last-seen no longer moves, so every later request with it is refused the same way.
 * last_seen_at moves at most once a minute, so it may lag the last request by up to that minute:
 * the session ends after the idle minutes plus that minute, never sooner than the idle minutes.
 *
 * A client's session is never ended for being idle: their crisis content (the safety plan, the
 * crisis lines, their care team's words) must never sit behind a login timeout (CLAUDE rules:
 * "Crisis content is always reachable, never hidden behind a loading spinner or a login timeout").
 */
export function isIdle(found: { session: { lastSeenAt: Date }; user: { role: string } }, now: Date, idleMinutes: number): boolean {
  if (found.user.role === 'client') return false;
  return now.getTime() - found.session.lastSeenAt.getTime() > idleMinutes * 60_000 + TOUCH_EVERY_MS;
}

/** Whether a session is still live: an open event stream ends when it is not (realtime). */
export const sessionIsLive: SessionIsLive = async (deps, tokenHash, now) => {
  const found = await findLiveSession(deps.database.db, tokenHash, now);
  // An open stream is not activity: it never extends a staff session, and ends with it.
  return found !== undefined && !isIdle(found, now, deps.config.staffIdleMinutes);
};

/**
 * The session behind a cookie: read from the database at most once a second per session in this
 * process (session-cache.ts states the bound and what drops an entry at once); expiry is checked
 * against the clock on every request, cached or not.
 */
async function liveSession(deps: Deps, tokenHash: string, now: Date): Promise<LiveSession | undefined> {
  const found = await readSessionThroughCache(deps, tokenHash, () => findLiveSession(deps.database.db, tokenHash, now));
  return found && found.session.expiresAt > now ? found : undefined;
}
