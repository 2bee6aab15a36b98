import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clientIdOfUser } from '../../access/people';
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
    .select({ session: sessions, user: users, clientId: clientIdOfUser(users.id, users.practiceId) })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('sf_find_live_session');
}
