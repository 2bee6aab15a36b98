import { and, asc, desc, eq, gte, inArray, isNull, lt, max } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import { personName } from '../../access/people';
import type { Db } from '../../db/database';
import { flagEvents, riskFlags } from './risk.tables';

export type FlagRow = typeof riskFlags.$inferSelect;
export type FlagEventRow = typeof flagEvents.$inferSelect;

/** One flag of the practice; `lock` holds its row until the transaction ends (a ladder step against an acknowledgement). */
export async function findFlag(db: Db, practiceId: string, id: string, opts: { lock?: boolean } = {}): Promise<FlagRow | undefined> {
  const query = db
    .select()
    .from(riskFlags)
    .where(and(eq(riskFlags.practiceId, practiceId), eq(riskFlags.id, id)));
  const [flag] = opts.lock ? await query.for('update') : await query;
  return flag;
}

/**
 * The flags a triage queue shows: every open flag of the given clients (all of the practice's
 * when `clientIds` is 'all'), never cut short, and the latest of those acknowledged since
 * `since`, so the queue also shows what was just handled and by whom.
 */
export async function listQueueFlags(db: Db, practiceId: string, clientIds: readonly string[] | 'all', since: Date): Promise<FlagRow[]> {
  if (clientIds !== 'all' && clientIds.length === 0) return [];
  const scope = and(eq(riskFlags.practiceId, practiceId), clientIds === 'all' ? undefined : anyId(riskFlags.clientId, clientIds));
  const open = await db
    .select()
    .from(riskFlags)
    .where(and(scope, isNull(riskFlags.acknowledgedAt)))
    .orderBy(asc(riskFlags.createdAt));
  const handled = await db
    .select()
    .from(riskFlags)
    .where(and(scope, gte(riskFlags.acknowledgedAt, since)))
    .orderBy(desc(riskFlags.acknowledgedAt))
    .limit(100);
  return [...open, ...handled];
}

/** A client's flags, newest first. */
export async function listFlagsOfClient(db: Db, practiceId: string, clientId: string, limit: number): Promise<FlagRow[]> {
  return db
    .select()
    .from(riskFlags)
    .where(and(eq(riskFlags.practiceId, practiceId), eq(riskFlags.clientId, clientId)))
    .orderBy(desc(riskFlags.createdAt))
    .limit(limit);
}

/** The last ladder step taken per flag. */
export async function lastStepsOf(db: Db, practiceId: string, flagIds: readonly string[]): Promise<Map<string, number>> {
  if (flagIds.length === 0) return new Map();
  const rows = await db
    .select({ flagId: flagEvents.flagId, step: max(flagEvents.step) })
    .from(flagEvents)
    .where(and(eq(flagEvents.practiceId, practiceId), inArray(flagEvents.flagId, [...flagIds]), eq(flagEvents.kind, 'step')))
    .groupBy(flagEvents.flagId);
  return new Map(rows.filter((r) => r.step !== null).map((r) => [r.flagId, Number(r.step)]));
}

/** A flag's history, oldest first. */
export async function eventsOfFlag(db: Db, practiceId: string, flagId: string): Promise<FlagEventRow[]> {
  return db
    .select()
    .from(flagEvents)
    .where(and(eq(flagEvents.practiceId, practiceId), eq(flagEvents.flagId, flagId)))
    .orderBy(asc(flagEvents.at), asc(flagEvents.step));
}

export async function stepTaken(db: Db, practiceId: string, flagId: string, step: number): Promise<boolean> {
  const [row] = await db
    .select({ id: flagEvents.id })
    .from(flagEvents)
    .where(and(eq(flagEvents.practiceId, practiceId), eq(flagEvents.flagId, flagId), eq(flagEvents.step, step)));
  return Boolean(row);
}

/** The client a flag is about (the auth hook's resolver for routes by flag id). */
export async function clientOfFlag(db: Db, practiceId: string, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ clientId: riskFlags.clientId })
    .from(riskFlags)
    .where(and(eq(riskFlags.practiceId, practiceId), eq(riskFlags.id, id)));
  return row?.clientId;
}

/** When flags were raised in [from, to), for some clients or the whole practice (the care-contact balance reads these). */
export async function flagsRaisedBetween(
  db: Db,
  practiceId: string,
  filter: { clientIds?: readonly string[]; from: Date; to: Date },
): Promise<{ clientId: string; createdAt: Date }[]> {
  if (filter.clientIds?.length === 0) return [];
  return db
    .select({ clientId: riskFlags.clientId, createdAt: riskFlags.createdAt })
    .from(riskFlags)
    .where(
      and(
        eq(riskFlags.practiceId, practiceId),
        filter.clientIds ? anyId(riskFlags.clientId, filter.clientIds) : undefined,
        gte(riskFlags.createdAt, filter.from),
        lt(riskFlags.createdAt, filter.to),
      ),
    );
}

/** Every flag of a client, oldest first, with the name of whoever acknowledged it (the record export, for clinicians). */
export async function flagsOfClientWithAcknowledger(db: Db, practiceId: string, clientId: string) {
  const rows = await db
    .select({ flag: riskFlags, acknowledgedByName: personName(riskFlags.acknowledgedBy) })
    .from(riskFlags)
    .where(and(eq(riskFlags.practiceId, practiceId), eq(riskFlags.clientId, clientId)))
    .orderBy(asc(riskFlags.createdAt));
  return rows.map((r) => ({ ...r.flag, acknowledgedByName: r.acknowledgedByName }));
}

/** One client's flags raised since a time, newest first, with their level and whether they were acknowledged (a handover's summary). */
export async function recentFlagsOf(db: Db, practiceId: string, clientId: string, since: Date) {
  return db
    .select({ level: riskFlags.level, createdAt: riskFlags.createdAt, acknowledgedAt: riskFlags.acknowledgedAt, sourceType: riskFlags.sourceType })
    .from(riskFlags)
    .where(and(eq(riskFlags.practiceId, practiceId), eq(riskFlags.clientId, clientId), gte(riskFlags.createdAt, since)))
    .orderBy(desc(riskFlags.createdAt))
    .limit(20);
}
