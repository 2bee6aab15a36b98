import { and, eq, lte, sql } from 'drizzle-orm';
import { clinicalRows, erasureCount, removedRows, removeRows, sumCounts, type EraseClientRecords } from '../../access/erasure-source';
import type { Db } from '../../db/database';
import { appointmentRequests, appointments, appointmentSeries, bookingSettings, calendarFeeds, stepDownPlans } from './scheduling.tables';

/**
 * Appointments (one-offs and series) and step-down plans are the record of care given: kept
 * within retention, removed past it (occurrences before their series). The client's requests
 * (their own words), booking setting and calendar feed are not the record: removed at once.
 */
export const eraseScheduling: EraseClientRecords = async (tx, input) => {
  const feeds = await removeRows(tx, calendarFeeds, and(eq(calendarFeeds.practiceId, input.practiceId), eq(calendarFeeds.userId, input.clientUserId))!);
  return sumCounts([
    erasureCount('calendarFeeds', { removed: feeds }),
    await removedRows('appointmentRequests', tx, input, appointmentRequests),
    await removedRows('bookingSettings', tx, input, bookingSettings),
    await clinicalRows('appointments', tx, input, appointments),
    await clinicalRows('appointments', tx, input, appointmentSeries),
    await clinicalRows('stepDownPlans', tx, input, stepDownPlans),
  ]);
};

/** The last one-off appointment held (started by now and not cancelled): a contact, for the retention rule. */
export async function lastAppointmentAt(db: Db, practiceId: string, clientId: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(${appointments.startsAt})` })
    .from(appointments)
    .where(
      and(eq(appointments.practiceId, practiceId), eq(appointments.clientId, clientId), eq(appointments.status, 'scheduled'), lte(appointments.startsAt, now)),
    );
  return row?.at ? new Date(row.at) : null;
}
