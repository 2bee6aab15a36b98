import type { DischargeView, HandoverStatus, HandoverView } from '@steadfast/contracts';
import { dateIn } from '../care-teams';
import type { DischargeRow, HandoverWithNames } from './care-transitions.queries';
import { staysAvailable } from './care-transitions.words';

/** Where a handover stands, from its dates: nothing runs at the overlap's end, the dates say it. */
export function handoverStatus(h: HandoverWithNames['handover'], now: Date): HandoverStatus {
  if (h.cancelledAt) return 'cancelled';
  if (h.overlapEndsAt <= now) return 'completed';
  return h.overlapStartsAt <= now ? 'overlap' : 'planned';
}

/** A handover for the caller: the summary only for those `withSummary` allows (never the client). */
export function toHandoverView(
  row: HandoverWithNames,
  o: { now: Date; timeZone: string; clientName: string; withSummary: boolean; canManage: boolean; isIncoming: boolean; erased?: boolean },
): HandoverView {
  const h = row.handover;
  const status = handoverStatus(h, o.now);
  const open = status === 'planned' || status === 'overlap';
  return {
    id: h.id,
    clientId: h.clientId,
    clientName: o.clientName,
    from: { id: h.fromClinicianId, name: row.fromName },
    to: { id: h.toClinicianId, name: row.toName },
    overlapStartsAt: h.overlapStartsAt.toISOString(),
    overlapEndsAt: h.overlapEndsAt.toISOString(),
    overlapStartsOn: dateIn(h.overlapStartsAt, o.timeZone),
    overlapEndsOn: dateIn(h.overlapEndsAt, o.timeZone),
    status,
    summary: o.withSummary ? h.summary : null,
    introduction: h.introduction,
    introducedAt: h.introducedAt?.toISOString() ?? null,
    movedCaringContacts: h.movedCaringContacts.length,
    createdAt: h.createdAt.toISOString(),
    cancelledAt: h.cancelledAt?.toISOString() ?? null,
    can: { cancel: open && o.canManage, finish: status === 'overlap' && o.canManage, introduce: status !== 'cancelled' && o.isIncoming && !o.erased },
  };
}

export function dischargeStatus(d: DischargeRow, now: Date): DischargeView['status'] {
  if (d.cancelledAt) return 'cancelled';
  return d.dischargeAt <= now ? 'discharged' : 'planned';
}

export function toDischargeView(d: DischargeRow, plannedByName: string, o: { now: Date; canManage: boolean }): DischargeView {
  const status = dischargeStatus(d, o.now);
  return {
    id: d.id,
    clientId: d.clientId,
    dischargeOn: d.dischargeOn,
    dischargeAt: d.dischargeAt.toISOString(),
    status,
    lastAppointment: d.lastAppointmentId && d.lastAppointmentStart ? { id: d.lastAppointmentId, start: d.lastAppointmentStart.toISOString() } : null,
    goodbyeNote: d.goodbyeNote,
    plannedBy: { id: d.plannedBy, name: plannedByName },
    staysAvailable: [...staysAvailable],
    cancelledAt: d.cancelledAt?.toISOString() ?? null,
    can: { cancel: status === 'planned' && o.canManage },
  };
}
