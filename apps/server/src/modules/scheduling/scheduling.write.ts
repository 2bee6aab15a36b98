import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { conflict } from '../../http/errors';
import { audit } from '../audit';
import { publishEvent } from '../realtime';
import { expandSeries } from './scheduling.time';
import { appointmentSeries, appointments } from './scheduling.tables';
import { slotTakenMessage } from './scheduling.words';
import type { AppointmentKind } from '@steadfast/contracts';

export interface NewSeries {
  clientId: string;
  clinicianId: string;
  kind: AppointmentKind;
  rrule: string;
  startLocal: string;
  timeZone: string;
  durationMinutes: number;
  stepDownPlanId?: string | null;
}

/** Writes a series and every one of its (bounded) occurrences; returns the series id and how many. */
export async function insertSeries(db: Db, practiceId: string, series: NewSeries): Promise<{ id: string; count: number }> {
  const [row] = await db
    .insert(appointmentSeries)
    .values({ practiceId, ...series })
    .returning({ id: appointmentSeries.id });
  const occurrences = expandSeries(series.rrule, series.startLocal, series.timeZone, series.durationMinutes);
  if (occurrences.length > 0) {
    await db.insert(appointments).values(
      occurrences.map((o) => ({
        practiceId,
        clientId: series.clientId,
        clinicianId: series.clinicianId,
        seriesId: row!.id,
        originalStart: o.start,
        startsAt: o.start,
        endsAt: o.end,
        timeZone: series.timeZone,
        kind: series.kind,
      })),
    );
  }
  return { id: row!.id, count: occurrences.length };
}

/**
 * Runs a write that may take a clinician's time. The database's exclusion constraint is the
 * judge (two requests at once cannot both pass an app-side check); its refusal becomes a 409.
 */
export async function guardSlot<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isExclusionViolation(error)) throw conflict(slotTakenMessage);
    throw error;
  }
}

function isExclusionViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: string }).code;
    if (code === '23P01') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The audit row and the real-time event (ids only) of a change to a client's appointments, in the change's transaction. */
export async function recordAppointmentChange(ctx: Ctx, clientId: string, action: string, subjectId: string): Promise<void> {
  await audit(ctx, { action, clientId, subjectType: 'appointment', subjectId });
  await publishEvent(ctx.db, { practiceId: ctx.actor.practiceId, clientId, type: 'appointment.changed', subjectId, at: ctx.clock.now() });
}
