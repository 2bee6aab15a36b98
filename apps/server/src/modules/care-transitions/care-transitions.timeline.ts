import { and, eq, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { personName } from '../../access/people';
import { timelineAt, type TimelineSource } from '../../access/timeline-source';
import { discharges, handovers, transitionEvents as e } from './care-transitions.tables';

const titles = {
  handover_started: (to: string, from: string) => `Handover from ${from} to ${to} planned`,
  handover_introduced: (to: string) => `${to} wrote an introduction for the client`,
  handover_cancelled: (to: string) => `Handover to ${to} cancelled`,
  handover_finished_early: (to: string) => `Handover to ${to} completed early: ${to} is primary clinician`,
  handover_completes: (to: string, from: string) => `Handover completed: ${to} is primary clinician, ${from} has left the care team`,
  discharge_planned: () => 'Discharge planned',
  discharge_cancelled: () => 'Planned discharge cancelled',
  discharged: () => 'Discharged: the safety plan, crisis lines and history stay with the client',
  reentry_requested: () => 'The client asked to come back',
  reentry_accepted: () => 'The client came back: care resumed',
} as const;

/**
 * Each step of a handover or a discharge. A handover's completion is dated at the overlap's end
 * and shows once that has passed, unless the handover was cancelled or finished early (which has
 * its own step).
 */
export const careTransitionsTimeline: TimelineSource = {
  kinds: ['handover', 'discharge'],
  action: 'transitions.read',
  async read(db, practiceId, clientId, window, kinds) {
    const kindOf = sql<'handover' | 'discharge'>`case when ${e.kind} like 'handover%' then 'handover' else 'discharge' end`;
    if (!kinds.has('handover') && !kinds.has('discharge')) return [];
    // One table holds both kinds, so the key's kind is worked out per row (the merge's "kind:id", compared as "C").
    const handoverSide = kinds.has('handover') ? sql`${e.kind} like 'handover%'` : sql`false`;
    const dischargeSide = kinds.has('discharge') ? sql`${e.kind} not like 'handover%'` : sql`false`;
    const rows = await db
      .select({
        at: timelineAt(e.at),
        key: sql<string>`(${kindOf} || ':' || ${e.id}::text) collate "C"`,
        kind: kindOf,
        step: e.kind,
        from: personName(handovers.fromClinicianId),
        to: personName(handovers.toClinicianId),
        by: personName(e.actorId),
        dischargeOn: discharges.dischargeOn,
      })
      .from(e)
      .leftJoin(handovers, and(eq(handovers.practiceId, e.practiceId), eq(handovers.id, e.handoverId)))
      .leftJoin(discharges, and(eq(discharges.practiceId, e.practiceId), eq(discharges.id, e.dischargeId)))
      .where(
        and(
          eq(e.practiceId, practiceId),
          eq(e.clientId, clientId),
          or(handoverSide, dischargeSide),
          lte(e.at, window.now),
          or(ne(e.kind, 'handover_completes'), and(isNull(handovers.cancelledAt), isNull(handovers.finishedEarlyAt))),
          window.before
            ? sql`(${e.at}, (${kindOf} || ':' || ${e.id}::text) collate "C") < (${window.before.at}::timestamptz, ${window.before.key} collate "C")`
            : undefined,
        ),
      )
      .orderBy(sql`${e.at} desc, (${kindOf} || ':' || ${e.id}::text) collate "C" desc`)
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      at: r.at,
      title: titles[r.step](r.to ?? '', r.from ?? ''),
      detail: [r.dischargeOn ? `On ${r.dischargeOn}` : '', r.by ? `By ${r.by}` : ''].filter(Boolean).join(' · '),
      link: `/clients/${clientId}/transitions`,
    }));
  },
};
