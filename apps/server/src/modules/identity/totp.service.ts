import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import type { Ctx } from '../../http/context';
import { conflict, invalid } from '../../http/errors';
import { audit } from '../audit';
import { findUserById } from './identity.queries';
import { users } from './identity.tables';
import { sha256 } from './passwords';
import { forgetSessionsOf } from './session-cache';

const RECOVERY_CODE_COUNT = 10;

/** Starts (or restarts) enrolment: a new secret, not yet active until a code verifies it. */
export async function beginTotpEnrolment(ctx: Ctx): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (user?.totpEnabledAt) throw conflict('Two-factor sign-in is already on for this account.');
  const secret = generateSecret();
  await ctx.db.update(users).set({ totpSecret: secret }).where(eq(users.id, ctx.actor.userId));
  return { secret, otpauthUrl: generateURI({ issuer: 'Steadfast', label: user?.email ?? ctx.actor.name, secret }) };
}

/** Confirms enrolment with a current code and hands out single-use recovery codes, shown once. */
export async function confirmTotpEnrolment(ctx: Ctx, code: string): Promise<{ recoveryCodes: string[] }> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user?.totpSecret) throw invalid('Start two-factor set-up first.');
  if (user.totpEnabledAt) throw conflict('Two-factor sign-in is already on for this account.');
  const epoch = Math.floor(ctx.clock.now().getTime() / 1000);
  const result = await verify({ secret: user.totpSecret, token: code, epoch, epochTolerance: 30 });
  if (!result.valid) throw invalid('That code did not match. Check the time on your phone and try the current code.');
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabledAt: ctx.clock.now(), recoveryCodes: recoveryCodes.map((c) => sha256(c)) })
      .where(eq(users.id, ctx.actor.userId));
    await audit({ ...ctx, db: tx }, { action: 'identity.totp.enabled', subjectType: 'user', subjectId: ctx.actor.userId });
  });
  // The cached session still says "must enrol": drop it so the next request is let through at once.
  forgetSessionsOf(ctx.deps, ctx.actor.userId);
  return { recoveryCodes };
}

function newRecoveryCode(): string {
  const raw = randomBytes(6).toString('hex').slice(0, 8);
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}
