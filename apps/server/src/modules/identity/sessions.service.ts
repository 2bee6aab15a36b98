import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { sessions } from './identity.tables';
import { isIdle } from './session-actor';
import { forgetSession, forgetSessionsOf } from './session-cache';

// Every revocation here also drops the sessions from this process's one-second session cache at
// once (session-cache.ts); another app server refuses them within that second.

/** The caller's open sessions, for "signed in elsewhere" review. */
export async function listMySessions(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, ctx.actor.userId), isNull(sessions.revokedAt)));
  const now = ctx.clock.now();
  const idleMinutes = ctx.deps.config.staffIdleMinutes;
  const user = { role: ctx.actor.role };
  return rows
    .filter((s) => s.expiresAt > now && !isIdle({ session: s, user }, now, idleMinutes))
    .map((s) => ({
      id: s.publicId,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      userAgent: s.userAgent,
      current: s.publicId === ctx.actor.sessionId,
    }));
}

/** Revokes one of the caller's own sessions; another person's session id is simply not found. */
export async function revokeMySession(ctx: Ctx, publicId: string): Promise<void> {
  const revoked = await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(sessions.publicId, publicId), eq(sessions.userId, ctx.actor.userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.publicId });
  if (revoked.length === 0) throw notFound('session');
  forgetSessionsOf(ctx.deps, ctx.actor.userId);
}

/** Revokes every session of a user: used on sign-out everywhere and by an admin. */
export async function revokeAllSessionsOf(ctx: Ctx, userId: string): Promise<number> {
  const revoked = await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(sessions.userId, userId), eq(sessions.practiceId, ctx.actor.practiceId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.publicId });
  forgetSessionsOf(ctx.deps, userId);
  return revoked.length;
}

export async function revokeSessionByToken(ctx: Ctx, tokenHash: string): Promise<void> {
  await ctx.db.update(sessions).set({ revokedAt: ctx.clock.now() }).where(eq(sessions.tokenHash, tokenHash));
  forgetSession(ctx.deps, tokenHash);
}
