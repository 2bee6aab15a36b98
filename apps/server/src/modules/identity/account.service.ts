import { and, eq, isNull, ne } from 'drizzle-orm';
import type { ChangePasswordBody } from '@steadfast/contracts';
import type { Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { findUserById } from './identity.queries';
import { sessions, users } from './identity.tables';
import { hashPassword, verifyPassword } from './passwords';
import { forgetSessionsOf } from './session-cache';

/**
 * A person changes their own password. The current password is asked for so that a session left
 * open on a shared computer cannot be turned into a takeover; every other device is signed out,
 * because a password change usually means "someone else may know the old one".
 */
export async function changeMyPassword(ctx: Ctx, body: ChangePasswordBody): Promise<{ signedOutElsewhere: number }> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
    throw invalid('That is not your current password.', [{ path: '/currentPassword', message: 'That is not your current password.' }]);
  }
  const passwordHash = await hashPassword(body.newPassword);
  const result = await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: ctx.clock.now() })
      .where(
        and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), ne(sessions.publicId, ctx.actor.sessionId ?? '00000000-0000-0000-0000-000000000000')),
      )
      .returning({ id: sessions.publicId });
    await audit({ ...ctx, db: tx }, { action: 'identity.password.changed', subjectType: 'user', subjectId: user.id });
    return { signedOutElsewhere: revoked.length };
  });
  // The other devices' sessions end in this process at once, not after the session cache's second.
  forgetSessionsOf(ctx.deps, user.id);
  return result;
}

/**
 * An admin turns a person's two-factor sign-in off (a lost phone and lost recovery codes), after
 * checking who they are by other means. Every session of theirs ends, and at the next sign-in
 * staff are held to the set-up page again. An admin cannot do this for themselves: a stolen admin
 * session must not be able to remove the admin's own second factor.
 */
export async function resetTwoFactor(ctx: Ctx, userId: string): Promise<void> {
  if (userId === ctx.actor.userId) throw conflict('Ask another admin of the practice to reset your two-factor sign-in.');
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, recoveryCodes: [] })
      .where(and(eq(users.id, userId), eq(users.practiceId, ctx.actor.practiceId)))
      .returning({ id: users.id });
    if (updated.length === 0) throw notFound('person');
    await tx
      .update(sessions)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    await audit({ ...ctx, db: tx }, { action: 'identity.totp.reset', subjectType: 'user', subjectId: userId });
  });
  forgetSessionsOf(ctx.deps, userId);
}
