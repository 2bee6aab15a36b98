import { and, desc, eq, inArray } from 'drizzle-orm';
import { personName } from '../../access/people';
import type { Db } from '../../db/database';
import { discharges, handovers, reentryRequests, transitionEvents, type TransitionEventKind } from './care-transitions.tables';

export type HandoverRow = typeof handovers.$inferSelect;
export type DischargeRow = typeof discharges.$inferSelect;

const handoverColumns = { handover: handovers, fromName: personName(handovers.fromClinicianId), toName: personName(handovers.toClinicianId) };
export type HandoverWithNames = { handover: HandoverRow; fromName: string; toName: string };

/** One handover of the practice by id (locked for a change); undefined when there is none. */
export async function findHandover(db: Db, practiceId: string, id: string, options: { lock?: boolean } = {}): Promise<HandoverWithNames | undefined> {
  const query = db
    .select(handoverColumns)
    .from(handovers)
    .where(and(eq(handovers.practiceId, practiceId), eq(handovers.id, id)));
  const [row] = options.lock ? await query.for('update', { of: handovers }) : await query;
  return row;
}

/** A client's handovers, newest first. */
export async function handoversOf(db: Db, practiceId: string, clientId: string): Promise<HandoverWithNames[]> {
  return db
    .select(handoverColumns)
    .from(handovers)
    .where(and(eq(handovers.practiceId, practiceId), eq(handovers.clientId, clientId)))
    .orderBy(desc(handovers.createdAt));
}

/** A client's latest discharge plan (cancelled ones included: the client was told of those too). */
export async function latestDischargeOf(db: Db, practiceId: string, clientId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({ discharge: discharges, plannedByName: personName(discharges.plannedBy) })
    .from(discharges)
    .where(and(eq(discharges.practiceId, practiceId), eq(discharges.clientId, clientId)))
    .orderBy(desc(discharges.createdAt))
    .limit(1);
  const [row] = options.lock ? await query.for('update', { of: discharges }) : await query;
  return row;
}

/** One discharge by id, locked. */
export async function findDischarge(db: Db, practiceId: string, id: string) {
  const [row] = await db
    .select()
    .from(discharges)
    .where(and(eq(discharges.practiceId, practiceId), eq(discharges.id, id)))
    .for('update');
  return row;
}

/** Re-entry requests, newest first: of some clients, or of the whole practice. */
export async function reentryRequestsOf(db: Db, practiceId: string, clientIds?: readonly string[]) {
  if (clientIds?.length === 0) return [];
  return db
    .select()
    .from(reentryRequests)
    .where(and(eq(reentryRequests.practiceId, practiceId), clientIds ? inArray(reentryRequests.clientId, [...clientIds]) : undefined))
    .orderBy(desc(reentryRequests.createdAt))
    .limit(200);
}

/** One step of a transition, for the timeline and the client's notice; returns its id. */
export async function insertTransitionEvent(
  db: Db,
  e: { practiceId: string; clientId: string; kind: TransitionEventKind; handoverId?: string; dischargeId?: string; actorId: string | null; at: Date },
): Promise<string> {
  const [row] = await db
    .insert(transitionEvents)
    .values({ ...e, handoverId: e.handoverId ?? null, dischargeId: e.dischargeId ?? null })
    .returning({ id: transitionEvents.id });
  return row!.id;
}

/** Steps by id with what their notice needs: the handover's or discharge's row. */
export async function transitionEventsByIds(db: Db, practiceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      event: transitionEvents,
      handover: handovers,
      fromName: personName(handovers.fromClinicianId),
      toName: personName(handovers.toClinicianId),
      discharge: discharges,
    })
    .from(transitionEvents)
    .leftJoin(handovers, and(eq(handovers.practiceId, transitionEvents.practiceId), eq(handovers.id, transitionEvents.handoverId)))
    .leftJoin(discharges, and(eq(discharges.practiceId, transitionEvents.practiceId), eq(discharges.id, transitionEvents.dischargeId)))
    .where(and(eq(transitionEvents.practiceId, practiceId), inArray(transitionEvents.id, [...ids])));
}
