import type { Deps } from '../../http/context';
import type { findLiveSession } from './identity.queries';

export type LiveSession = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

/**
 * How long this process trusts a session it has just read from the database without reading it
 * again: at most ONE SECOND. A busy client sending message after message costs one session read a
 * second instead of one per request. The bound is what a revocation made by ANOTHER app server
 * waits, at worst, before this one refuses the session. Revocations made in this process (sign
 * out, revoke a session, sign out everywhere, password change, two-factor changes) drop the
 * entries at once. Expiry (`expiresAt`) is still checked against the clock on every request.
 */
export const SESSION_CACHE_MS = 1_000;
// A guard against unbounded growth under many distinct cookies: past this, start again.
const MAX_ENTRIES = 10_000;

interface Entry {
  /** The read itself, shared by the requests that arrive while it is in flight (50 at once would otherwise make 50 reads). */
  found: Promise<LiveSession | undefined>;
  readAt: number;
  userId?: string;
}

const caches = new WeakMap<Deps, Map<string, Entry>>();

function cacheOf(deps: Deps): Map<string, Entry> {
  let cache = caches.get(deps);
  if (!cache) {
    cache = new Map();
    caches.set(deps, cache);
  }
  return cache;
}

/**
 * The session as read from the database within the last second, or being read now; a read starts
 * when there is none (real time, not the app clock: this bounds staleness, not expiry). A missing
 * or revoked session is not kept: the next request reads again.
 */
export function readSessionThroughCache(deps: Deps, tokenHash: string, read: () => Promise<LiveSession | undefined>): Promise<LiveSession | undefined> {
  const cache = cacheOf(deps);
  const entry = cache.get(tokenHash);
  if (entry && performance.now() - entry.readAt <= SESSION_CACHE_MS) return entry.found;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const fresh: Entry = { found: read(), readAt: performance.now() };
  cache.set(tokenHash, fresh);
  fresh.found.then(
    (found) => {
      if (!found) dropIfCurrent(cache, tokenHash, fresh);
      else fresh.userId = found.user.id;
    },
    () => dropIfCurrent(cache, tokenHash, fresh),
  );
  return fresh.found;
}

function dropIfCurrent(cache: Map<string, Entry>, tokenHash: string, entry: Entry): void {
  if (cache.get(tokenHash) === entry) cache.delete(tokenHash);
}

/** Drops one session (signed out). */
export function forgetSession(deps: Deps, tokenHash: string): void {
  caches.get(deps)?.delete(tokenHash);
}

/** Drops every session of a person (a session revoked, signed out everywhere, password or two-factor changed). */
export function forgetSessionsOf(deps: Deps, userId: string): void {
  const cache = caches.get(deps);
  if (!cache) return;
  // An entry still being read has no user yet: drop it too, since its read may predate the change.
  for (const [tokenHash, entry] of cache) if (entry.userId === undefined || entry.userId === userId) cache.delete(tokenHash);
}
