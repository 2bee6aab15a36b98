import { and, asc, eq, gt, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import { qualified } from '../../db/columns';
import type { Db } from '../../db/database';
import { onCallShifts } from './on-call.tables';

export type ShiftRow = typeof onCallShifts.$inferSelect;

export interface OnCallNow {
  shiftId: string;
  clinicianId: string;
  backupClinicianId: string | null;
  endsAt: Date;
}

/**
 * Who is on call in a practice right now: one query (SPEC §2.9). Shifts never overlap (the rota
 * refuses it), so at most one is live; the earliest-started wins should old data hold two.
 */
export async function findOnCallNow(db: Db, practiceId: string, now: Date): Promise<OnCallNow | undefined> {
  const [shift] = await db
    .select()
    .from(onCallShifts)
    .where(and(eq(onCallShifts.practiceId, practiceId), lte(onCallShifts.startsAt, now), gt(onCallShifts.endsAt, now)))
    .orderBy(asc(onCallShifts.startsAt))
    .limit(1);
  return shift ? { shiftId: shift.id, clinicianId: shift.clinicianId, backupClinicianId: shift.backupClinicianId, endsAt: shift.endsAt } : undefined;
}

/**
 * Who is on call at `at`, beside the rows of another statement: the clinician of the shift
 * findOnCallNow picks (a uuid, null when nobody is), so a hot read names the on-call clinician
 * without a round trip of its own.
 */
export function onCallClinicianBeside(practiceId: SQL, at: SQL): SQL<string | null> {
  const s = onCallShifts;
  return sql<string | null>`(select ${qualified(s.clinicianId)} from ${s}
    where ${qualified(s.practiceId)} = ${practiceId} and ${qualified(s.startsAt)} <= ${at} and ${qualified(s.endsAt)} > ${at}
    order by ${qualified(s.startsAt)} limit 1)`;
}

/** Shifts that touch [from, to), earliest first. */
export async function listShifts(db: Db, practiceId: string, from: Date, to: Date): Promise<ShiftRow[]> {
  return db
    .select()
    .from(onCallShifts)
    .where(and(eq(onCallShifts.practiceId, practiceId), lt(onCallShifts.startsAt, to), gt(onCallShifts.endsAt, from)))
    .orderBy(asc(onCallShifts.startsAt));
}

export async function findShift(db: Db, practiceId: string, id: string): Promise<ShiftRow | undefined> {
  const [shift] = await db
    .select()
    .from(onCallShifts)
    .where(and(eq(onCallShifts.practiceId, practiceId), eq(onCallShifts.id, id)));
  return shift;
}

/** The first shift that shares any moment with [startsAt, endsAt); a shift may start as another ends. */
export async function findOverlappingShift(db: Db, practiceId: string, startsAt: Date, endsAt: Date, exceptId?: string): Promise<ShiftRow | undefined> {
  const [shift] = await db
    .select()
    .from(onCallShifts)
    .where(
      and(
        eq(onCallShifts.practiceId, practiceId),
        lt(onCallShifts.startsAt, endsAt),
        gt(onCallShifts.endsAt, startsAt),
        exceptId ? ne(onCallShifts.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(onCallShifts.startsAt))
    .limit(1);
  return shift;
}

/**
 * Serialises rota changes within one practice for the rest of the transaction, so two admins
 * saving at once cannot both pass the overlap check (PostgreSQL and PGlite alike).
 */
export async function lockRota(db: Db, practiceId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`on_call_rota:${practiceId}`}))`);
}
