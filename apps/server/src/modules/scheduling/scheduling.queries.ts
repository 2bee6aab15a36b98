import { and, asc, desc, eq, gte, inArray, lt, ne } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import type { Db } from '../../db/database';
import { personName } from '../../access/people';
import { appointmentRequests, appointmentSeries, appointments, bookingSettings, stepDownPlans } from './scheduling.tables';

export type AppointmentRow = typeof appointments.$inferSelect;
export type SeriesRow = typeof appointmentSeries.$inferSelect;
export type RequestRow = typeof appointmentRequests.$inferSelect;
export type StepDownPlanRow = typeof stepDownPlans.$inferSelect;
export type AppointmentWithClinician = AppointmentRow & { clinicianName: string };

/** A client's appointments that start within [from, to), oldest first, with their clinician's name. */
export async function appointmentsBetween(db: Db, practiceId: string, clientId: string, from: Date, to: Date): Promise<AppointmentWithClinician[]> {
  const rows = await db
    .select({ a: appointments, clinicianName: personName(appointments.clinicianId) })
    .from(appointments)
    .where(
      and(
        eq(appointments.practiceId, practiceId),
        eq(appointments.clientId, clientId),
        inArray(appointments.status, ['scheduled', 'cancelled']),
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
      ),
    )
    .orderBy(asc(appointments.startsAt));
  return rows.map((r) => ({ ...r.a, clinicianName: r.clinicianName }));
}

/** A person's scheduled appointments within a window, as clinician or as client (their calendar feed). */
export async function scheduledFor(db: Db, practiceId: string, who: { clinicianId?: string; clientId?: string }, from: Date, to: Date) {
  const person = who.clientId ? eq(appointments.clientId, who.clientId) : eq(appointments.clinicianId, who.clinicianId!);
  return db
    .select({ a: appointments, clinicianName: personName(appointments.clinicianId) })
    .from(appointments)
    .where(
      and(
        eq(appointments.practiceId, practiceId),
        person,
        eq(appointments.status, 'scheduled'),
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}

export async function findAppointment(db: Db, practiceId: string, clientId: string, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.practiceId, practiceId), eq(appointments.clientId, clientId), eq(appointments.id, id)));
  return row;
}

export async function findSeries(db: Db, practiceId: string, id: string): Promise<SeriesRow | undefined> {
  const [row] = await db
    .select()
    .from(appointmentSeries)
    .where(and(eq(appointmentSeries.practiceId, practiceId), eq(appointmentSeries.id, id)));
  return row;
}

/** A series' occurrences from a point on (inclusive), by original start. */
export async function occurrencesFrom(db: Db, practiceId: string, seriesId: string, from: Date): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.practiceId, practiceId), eq(appointments.seriesId, seriesId), gte(appointments.originalStart, from)))
    .orderBy(asc(appointments.originalStart));
}

export async function findRequest(db: Db, practiceId: string, clientId: string, id: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(appointmentRequests)
    .where(and(eq(appointmentRequests.practiceId, practiceId), eq(appointmentRequests.clientId, clientId), eq(appointmentRequests.id, id)));
  return row;
}

/** A client's requests, newest first. */
export async function requestsOf(db: Db, practiceId: string, clientId: string): Promise<RequestRow[]> {
  return db
    .select()
    .from(appointmentRequests)
    .where(and(eq(appointmentRequests.practiceId, practiceId), eq(appointmentRequests.clientId, clientId)))
    .orderBy(desc(appointmentRequests.createdAt))
    .limit(50);
}

export async function findBookingSettings(db: Db, practiceId: string, clientId: string) {
  const [row] = await db
    .select()
    .from(bookingSettings)
    .where(and(eq(bookingSettings.practiceId, practiceId), eq(bookingSettings.clientId, clientId)));
  return row;
}

/** The client's plan that is being followed, or the latest one stepped back up from. */
export async function latestStepDownPlan(db: Db, practiceId: string, clientId: string): Promise<StepDownPlanRow | undefined> {
  const [row] = await db
    .select()
    .from(stepDownPlans)
    .where(and(eq(stepDownPlans.practiceId, practiceId), eq(stepDownPlans.clientId, clientId)))
    .orderBy(desc(stepDownPlans.createdAt))
    .limit(1);
  return row;
}

/** Active plans of several clients (the caseload's step-up signal). */
export async function activePlansOf(db: Db, practiceId: string, clientIds: string[]): Promise<StepDownPlanRow[]> {
  return db
    .select()
    .from(stepDownPlans)
    .where(and(eq(stepDownPlans.practiceId, practiceId), anyId(stepDownPlans.clientId, clientIds), ne(stepDownPlans.status, 'stepped_up')));
}

/** A client's booked appointments (scheduled, not cancelled or merely requested) starting within [from, to), soonest first: what other modules may plan around. */
export async function bookedAppointmentsOf(db: Db, practiceId: string, clientId: string, from: Date, to: Date): Promise<{ id: string; startsAt: Date }[]> {
  return db
    .select({ id: appointments.id, startsAt: appointments.startsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.practiceId, practiceId),
        eq(appointments.clientId, clientId),
        eq(appointments.status, 'scheduled'),
        gte(appointments.startsAt, from),
        lt(appointments.startsAt, to),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}

/** Every appointment of a client, scheduled or cancelled, oldest first (the record export: no window). */
export async function allAppointmentsOf(db: Db, practiceId: string, clientId: string): Promise<AppointmentWithClinician[]> {
  const rows = await db
    .select({ a: appointments, clinicianName: personName(appointments.clinicianId) })
    .from(appointments)
    .where(and(eq(appointments.practiceId, practiceId), eq(appointments.clientId, clientId), inArray(appointments.status, ['scheduled', 'cancelled'])))
    .orderBy(asc(appointments.startsAt));
  return rows.map((r) => ({ ...r.a, clinicianName: r.clinicianName }));
}
