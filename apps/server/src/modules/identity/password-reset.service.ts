import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { PasswordResetCompleteBody } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { systemActor, type Actor, type Ctx, type Deps } from '../../http/context';
import { AppError } from '../../http/errors';
import { audit } from '../audit';
import { queueMail } from '../mail';
import { findUserByEmail, type UserRow } from './identity.queries';
import { passwordResets, sessions, users } from './identity.tables';
import { hashPassword, newToken, sha256 } from './passwords';
import { forgetSessionsOf } from './session-cache';
import { passwordChangedMail, passwordResetMail, passwordResetWords } from './password-reset.words';

/**
 * Every request for a link is answered no sooner than this after it arrived, whatever happened: an
 * address with an account (a lookup, an insert, a queued mail) and one without (a lookup) then take
 * the same time, so the answer's timing does not say whether the address has an account. The work
 * itself takes a few milliseconds; this floor is well above it even on a busy server.
 */
export const RESET_ANSWER_FLOOR_MS = 300;
// One link a minute per account at most: a stranger cannot fill someone's inbox (the rate limit is per address).
const ONE_LINK_PER_MS = 60_000;

/**
 * Asks for a password-reset link. For an account with a password, a single-use link is queued by
 * e-mail (outbox, same transaction); for any other address nothing is sent. The caller always gets
 * the same answer, at the same pace.
 */
export async function requestPasswordReset(deps: Deps, email: string, requestId: string): Promise<void> {
  const started = performance.now();
  try {
    await sendLinkIfAccount(deps, email, requestId);
  } catch (error) {
    // A failure must not answer differently from "no such account" (that would reveal one); the
    // person asks again, and the log says why it failed.
    deps.log.error({ err: error, requestId }, 'password-reset request failed');
  }
  const left = started + RESET_ANSWER_FLOOR_MS - performance.now();
  if (left > 0) await sleep(left);
}

async function sendLinkIfAccount(deps: Deps, email: string, requestId: string): Promise<void> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const { token, tokenHash } = newToken();
  const user = await findUserByEmail(db, email);
  // An invited person who has not yet accepted has no password to reset: their invitation is the way in.
  if (!user?.passwordHash) return;
  if (await linkSentRecently(db, user.id, now)) return;
  const minutes = deps.config.passwordResetMinutes;
  // A fragment, not a query: browsers never send it to the server, so the token stays out of
  // access logs, proxies and the Referer header of anything the page loads.
  const link = `${deps.config.publicUrl}/reset-password#token=${token}`;
  await db.transaction(async (tx) => {
    await tx.insert(passwordResets).values({
      practiceId: user.practiceId,
      userId: user.id,
      tokenHash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + minutes * 60_000),
    });
    await queueMail(tx, { practiceId: user.practiceId, to: user.email, ...passwordResetMail(user.name, link, minutes), sensitive: true }, now);
    await audit(ctxOf(deps, tx, systemActor(user.practiceId), requestId), {
      action: 'identity.password_reset_requested',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}

async function linkSentRecently(db: Db, userId: string, now: Date): Promise<boolean> {
  const recent = await db
    .select({ id: passwordResets.id })
    .from(passwordResets)
    .where(and(eq(passwordResets.userId, userId), gt(passwordResets.createdAt, new Date(now.getTime() - ONE_LINK_PER_MS))))
    .limit(1);
  return recent.length > 0;
}

/**
 * Sets a new password with a mailed link. The link is spent, every other link of the person's
 * ends, every session of theirs is revoked (whoever knew the old password is signed out
 * everywhere) and a sign-in lock is lifted. Two-factor sign-in stays as it was: a clinician still
 * needs their code at the next sign-in, so a stolen mailbox alone does not open an account.
 */
export async function completePasswordReset(deps: Deps, input: PasswordResetCompleteBody, requestId: string): Promise<{ email: string }> {
  const now = deps.clock.now();
  // Hashed before the link is looked at, so a bad link costs the same time as a good one.
  const passwordHash = await hashPassword(input.password);
  const user = await deps.database.db.transaction(async (tx) => {
    // The conditional update is the single-use guarantee: a second use finds nothing to claim.
    const [claimed] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.tokenHash, sha256(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .returning();
    if (!claimed) throw unusableLink();
    const [person] = await tx
      .update(users)
      .set({ passwordHash, failedSignIns: 0, lockedUntil: null })
      .where(and(eq(users.id, claimed.userId), eq(users.practiceId, claimed.practiceId)))
      .returning();
    if (!person) throw unusableLink();
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, person.id), isNull(passwordResets.usedAt)));
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, person.id), isNull(sessions.revokedAt)));
    await audit(ctxOf(deps, tx, actorOf(person), requestId), { action: 'identity.password_reset', subjectType: 'user', subjectId: person.id });
    await queueMail(tx, { practiceId: person.practiceId, to: person.email, ...passwordChangedMail(person.name, `${deps.config.publicUrl}/sign-in`) }, now);
    return person;
  });
  // This process drops the sessions at once; other app servers within their one-second cache.
  forgetSessionsOf(deps, user.id);
  return { email: user.email };
}

/** One answer for a link that is unknown, expired or used: which of the three says nothing useful to anyone. */
function unusableLink(): AppError {
  return new AppError('not_found', passwordResetWords.unusable);
}

function actorOf(user: UserRow): Actor {
  return { userId: user.id, practiceId: user.practiceId, role: user.role, name: user.name, isDemo: user.isDemo };
}

function ctxOf(deps: Deps, db: Db, actor: Actor, requestId: string): Ctx {
  return { db, actor, clock: deps.clock, log: deps.log, requestId, deps };
}
