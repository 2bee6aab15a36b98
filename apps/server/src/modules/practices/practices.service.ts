import { eq, sql } from 'drizzle-orm';
import type { PersonView } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { audit } from '../audit';
import { seedCrisisLines } from '../crisis-resources';
import { isPersonOf, liftSignInLock, peopleOfPractice, revokeAllSessionsOf } from '../identity';
import { practices } from './practices.tables';

/** Creates a practice (a tenant) with its country's crisis-line defaults. */
export async function createPractice(db: Db, input: { name: string; country: string; timeZone: string }) {
  const [practice] = await db.insert(practices).values(input).returning();
  await seedCrisisLines(db, practice!.id, input.country);
  return practice!;
}

/** Everyone with an account in the caller's practice, for the admin page. */
export async function listPeople(ctx: Ctx): Promise<PersonView[]> {
  const rows = await peopleOfPractice(ctx.db, ctx.actor.practiceId);
  const now = ctx.clock.now();
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    totpEnabled: Boolean(u.totpEnabledAt),
    lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
    createdAt: u.createdAt.toISOString(),
  }));
}

/** An admin signs a person out everywhere (lost phone, left the practice) and lifts any lock. */
export async function signOutEverywhere(ctx: Ctx, userId: string): Promise<{ revoked: number }> {
  return ctx.db.transaction(async (tx) => {
    if (!(await isPersonOf(tx, ctx.actor.practiceId, userId))) throw notFound('person');
    const revoked = await revokeAllSessionsOf({ ...ctx, db: tx }, userId);
    await audit({ ...ctx, db: tx }, { action: 'sessions.revokeAll', subjectType: 'user', subjectId: userId });
    return { revoked };
  });
}

export async function unlockPerson(ctx: Ctx, userId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!(await liftSignInLock(tx, ctx.actor.practiceId, userId))) throw notFound('person');
    await audit({ ...ctx, db: tx }, { action: 'identity.unlocked', subjectType: 'user', subjectId: userId });
  });
}

/**
 * Replaces one named policy of a practice, leaving the others as they are, and returns the value
 * it replaced. The practice row is locked first, so two admins saving at once apply one after the
 * other and each sees (and can audit) what it replaced.
 */
export async function replacePracticePolicy(db: Db, practiceId: string, key: string, value: unknown): Promise<unknown> {
  const [current] = await db.select({ policies: practices.policies }).from(practices).where(eq(practices.id, practiceId)).for('update');
  if (!current) throw notFound('practice');
  await db
    .update(practices)
    .set({ policies: sql`${practices.policies} || jsonb_build_object(${key}::text, ${JSON.stringify(value)}::jsonb)` })
    .where(eq(practices.id, practiceId));
  return current.policies[key];
}
