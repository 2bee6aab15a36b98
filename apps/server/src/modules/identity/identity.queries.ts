import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients } from '../care-teams/care-teams.tables';
import { practices } from '../practices/practices.tables';
import { sessions, users } from './identity.tables';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/** The live session for a token hash, with its user and client record; undefined when expired or revoked. */
export async function findLiveSession(db: Db, tokenHash: string, now: Date) {
  let query = liveSessionQueries.get(db);
  if (!query) {
    query = liveSessionQuery(db);
    liveSessionQueries.set(db, query);
  }
  const [row] = await query.execute({ tokenHash, now });
  return row;
}

/*
 * Every request whose session is not in this process's one-second cache reads it, so the statement
 * is built once per database handle (drizzle's prepare: rendered once, rows still mapped by drizzle)
 * and is a named prepared statement on PostgreSQL.
 */
const liveSessionQueries = new WeakMap<Db, ReturnType<typeof liveSessionQuery>>();

function liveSessionQuery(db: Db) {
  return db
    .select({ session: sessions, user: users, clientId: clients.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(clients, and(eq(clients.practiceId, users.practiceId), eq(clients.userId, users.id)))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('sf_find_live_session');
}

export async function findPractice(db: Db, id: string) {
  const [practice] = await db.select().from(practices).where(eq(practices.id, id));
  return practice;
}

export async function findClientIdOfUser(db: Db, user: UserRow): Promise<string | undefined> {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.practiceId, user.practiceId), eq(clients.userId, user.id)));
  return row?.id;
}

/** Display names of people in one practice, by id: for views that name an author. */
export async function namesOf(db: Db, practiceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), inArray(users.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
