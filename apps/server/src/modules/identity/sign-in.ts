import { and, eq, sql } from 'drizzle-orm';
import { verify as verifyTotp } from 'otplib';
import type { SignInBody, SessionUser } from '@steadfast/contracts';
import type { Deps } from '../../http/context';
import { unauthenticated } from '../../http/errors';
import { findClientIdOfUser } from '../../access/people';
import { findUserByEmail, type UserRow } from './identity.queries';
import { sessions, users } from './identity.tables';
import { newToken, sha256, verifyPassword } from './passwords';

/** After this many wrong passwords in a row the account rests for LOCK_MINUTES (SPEC §2.12). */
export const MAX_FAILED_SIGN_INS = 10;
export const LOCK_MINUTES = 15;
const CLIENT_SESSION_HOURS = 24 * 30;
const STAFF_SESSION_HOURS = 12;

// The one answer to every refused password, so it also tells a person who is locked out what to do.
const wrongCredentials = () =>
  unauthenticated(`That email and password do not match. After ${MAX_FAILED_SIGN_INS} wrong tries, sign-in pauses for ${LOCK_MINUTES} minutes.`);

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: SessionUser;
}

/** Checks password (and second factor when enrolled), then opens a session. */
export async function signIn(deps: Deps, input: SignInBody, userAgent: string | undefined): Promise<SignedIn> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user) throw wrongCredentials();
  // A resting account answers every attempt, right password or wrong, exactly as a wrong
  // password does: a different answer for the right one would let guessing go on through the lock
  // and reveal the password, and a different answer at all would reveal that the account exists.
  if (user.lockedUntil && user.lockedUntil > now) throw wrongCredentials();
  if (!passwordOk) {
    await recordFailure(deps, user, now);
    throw wrongCredentials();
  }
  if (user.totpEnabledAt) await checkSecondFactor(deps, user, input.totp, now);
  return openSession(deps, user, now, userAgent);
}

async function recordFailure(deps: Deps, user: UserRow, now: Date): Promise<void> {
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await deps.database.db
    .update(users)
    .set({
      failedSignIns: sql`${users.failedSignIns} + 1`,
      lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${MAX_FAILED_SIGN_INS} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, user.id));
  deps.log.warn({ userId: user.id }, 'sign-in failed');
}

async function checkSecondFactor(deps: Deps, user: UserRow, code: string | undefined, now: Date): Promise<void> {
  if (!code) throw unauthenticated('Enter the 6-digit code from your authenticator app.', { totpRequired: true });
  if (/^\d{6}$/.test(code)) {
    const result = await verifyTotp({ secret: user.totpSecret ?? '', token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
    if (result.valid) return;
  } else if (await useRecoveryCode(deps, user, code)) {
    return;
  }
  await recordFailure(deps, user, now);
  throw unauthenticated('That code did not work. Please try the current one.', { totpRequired: true });
}

async function useRecoveryCode(deps: Deps, user: UserRow, code: string): Promise<boolean> {
  const hashed = sha256(code.toLowerCase());
  if (!user.recoveryCodes.includes(hashed)) return false;
  // Spent in one conditional update, so two sign-ins racing with the same code cannot both win.
  const spent = await deps.database.db
    .update(users)
    .set({ recoveryCodes: sql`${users.recoveryCodes} - ${hashed}::text` })
    .where(and(eq(users.id, user.id), sql`jsonb_exists(${users.recoveryCodes}, ${hashed}::text)`))
    .returning({ id: users.id });
  return spent.length === 1;
}

async function openSession(deps: Deps, user: UserRow, now: Date, userAgent: string | undefined): Promise<SignedIn> {
  const { token, tokenHash } = newToken();
  const hours = user.role === 'client' ? CLIENT_SESSION_HOURS : STAFF_SESSION_HOURS;
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  const { db } = deps.database;
  await db.insert(sessions).values({
    tokenHash,
    userId: user.id,
    practiceId: user.practiceId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
  const clientId = user.role === 'client' ? await findClientIdOfUser(db, user) : undefined;
  return { token, expiresAt, user: { id: user.id, role: user.role, name: user.name, ...(clientId ? { clientId } : {}) } };
}
