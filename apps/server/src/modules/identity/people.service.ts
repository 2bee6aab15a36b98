import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { users } from './identity.tables';

export type NewAccount = Pick<typeof users.$inferInsert, 'practiceId' | 'email' | 'name' | 'role' | 'passwordHash' | 'createdAt'>;

/** Creates a person's account (an accepted invitation); the caller's transaction holds the rest. */
export async function createAccount(db: Db, account: NewAccount) {
  const [user] = await db.insert(users).values(account).returning();
  return user!;
}

/** Everyone with an account in a practice, admins first, then by name: the admin's people page. */
export async function peopleOfPractice(db: Db, practiceId: string) {
  return db.select().from(users).where(eq(users.practiceId, practiceId)).orderBy(asc(users.role), asc(users.name));
}

/** True when the person has an account in that practice. */
export async function isPersonOf(db: Db, practiceId: string, userId: string): Promise<boolean> {
  const [user] = await db.select({ practiceId: users.practiceId }).from(users).where(eq(users.id, userId));
  return user?.practiceId === practiceId;
}

/** Lifts a sign-in lock; false when the person is not in the practice. */
export async function liftSignInLock(db: Db, practiceId: string, userId: string): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ lockedUntil: null, failedSignIns: 0 })
    .where(and(eq(users.id, userId), eq(users.practiceId, practiceId)))
    .returning({ id: users.id });
  return updated.length > 0;
}
