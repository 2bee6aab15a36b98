import { and, asc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { anyId } from '../db/any-id';
import { qualified } from '../db/columns';
import type { Db } from '../db/database';
/*
 * The directory every module reads: who a person is (name, role), which practice, which client
 * record. Identity, practices and care-teams own these rows and every write to them; access, the
 * foundation that already decides who relates to whom, owns the few reads the rest share, so a
 * module that names an author asks here instead of joining another module's table.
 */
import { clients } from '../modules/care-teams/care-teams.tables';
import { users } from '../modules/identity/identity.tables';
import { practices } from '../modules/practices/practices.tables';

export type PracticeRow = typeof practices.$inferSelect;

/** A person's display name beside each row of a query: `select({ authorName: personName(t.authorId) })`. */
export function personName(userId: AnyColumn): SQL<string> {
  return sql<string>`(select ${qualified(users.name)} from ${users} where ${qualified(users.id)} = ${qualified(userId)})`;
}

/**
 * The names of the people a query row lists (`ids`, a uuid[] expression of that row), as one JSON
 * object from id to name (null when none): a hot statement names whom it mentions without a
 * second round trip.
 */
export function namesBeside(practiceId: SQL, ids: SQL): SQL<Record<string, string> | null> {
  return sql`(select json_object_agg(${qualified(users.id)}, ${qualified(users.name)}) from ${users}
    where ${qualified(users.practiceId)} = ${practiceId} and ${qualified(users.id)} = any(${ids}))`;
}

/** The client record of a user (null for clinicians and admins), beside each row of a query. */
export function clientIdOfUser(userId: AnyColumn, practiceId: AnyColumn): SQL<string | null> {
  const c = clients;
  return sql<
    string | null
  >`(select ${qualified(c.id)} from ${c} where ${qualified(c.practiceId)} = ${qualified(practiceId)} and ${qualified(c.userId)} = ${qualified(userId)})`;
}

/** Display names of people in one practice, by id: for views that name an author. */
export async function namesOf(db: Db, practiceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), anyId(users.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The practice's clinicians, by name: who can be put on the rota, named as cover, and so on. */
export async function practiceClinicians(db: Db, practiceId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.role, 'clinician')))
    .orderBy(asc(users.name));
}

/** The practice's admins, the longest-standing first. */
export async function practiceAdmins(db: Db, practiceId: string): Promise<{ id: string }[]> {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.role, 'admin')))
    .orderBy(asc(users.createdAt));
}

/** Whether a person of the practice is a clinician. */
export async function isPracticeClinician(db: Db, practiceId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ role: users.role })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
  return row?.role === 'clinician';
}

/** The practice (tenant): its name, zone, country and policies. */
export async function findPractice(db: Db, id: string): Promise<PracticeRow | undefined> {
  const [practice] = await db.select().from(practices).where(eq(practices.id, id));
  return practice;
}

/** A client's display name beside each row of a query (null when the row names no client). */
export function clientName(clientId: AnyColumn): SQL<string | null> {
  return sql<
    string | null
  >`(select ${qualified(users.name)} from ${clients} join ${users} on ${qualified(users.id)} = ${qualified(clients.userId)} where ${qualified(clients.id)} = ${qualified(clientId)})`;
}

/** A client's own time zone beside each row of a query (`clientId`, an id expression of that row): their "today". */
export function clientTimeZone(practiceId: SQL, clientId: SQL): SQL<string | null> {
  return sql`(select ${qualified(clients.timeZone)} from ${clients} where ${qualified(clients.practiceId)} = ${practiceId} and ${qualified(clients.id)} = ${clientId})`;
}

/** A user's client record id, or undefined for clinicians and admins. */
export async function findClientIdOfUser(db: Db, user: { id: string; practiceId: string }): Promise<string | undefined> {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.practiceId, user.practiceId), eq(clients.userId, user.id)));
  return row?.id;
}
