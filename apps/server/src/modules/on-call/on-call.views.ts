import type { ShiftStatus, ShiftView } from '@steadfast/contracts';
import type { ShiftRow } from './on-call.queries';

export function shiftStatus(shift: Pick<ShiftRow, 'startsAt' | 'endsAt'>, now: Date): ShiftStatus {
  if (shift.endsAt <= now) return 'past';
  return shift.startsAt <= now ? 'live' : 'upcoming';
}

/** A shift as the rota shows it, with what the caller may still change. */
export function toShiftView(shift: ShiftRow, names: Map<string, string>, now: Date, canManage: boolean): ShiftView {
  const status = shiftStatus(shift, now);
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: shift.id,
    clinician: person(shift.clinicianId),
    backup: shift.backupClinicianId ? person(shift.backupClinicianId) : null,
    startsAt: shift.startsAt.toISOString(),
    endsAt: shift.endsAt.toISOString(),
    handoverNote: shift.handoverNote,
    status,
    can: { edit: canManage && status !== 'past', delete: canManage && status === 'upcoming' },
  };
}
