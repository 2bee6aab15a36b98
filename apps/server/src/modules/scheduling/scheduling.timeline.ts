import { and, eq, inArray, lte } from 'drizzle-orm';
import type { TimelineEntry } from '@steadfast/contracts';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { appointmentKinds, appointmentRequests, appointments } from './scheduling.tables';

const a = appointments;
const r = appointmentRequests;

const kindWords: Record<(typeof appointmentKinds)[number], string> = { video: 'video', in_person: 'in person', phone: 'phone' };
const requestWords: Record<(typeof r.status.enumValues)[number], string> = {
  pending: 'Waiting for a decision',
  accepted: 'Accepted',
  offered: 'Another time offered',
  declined: 'Declined',
  offer_declined: 'The other time declined',
};

/**
 * Sessions once their time has come (a booked session ahead is not history yet: it joins the
 * timeline as it starts), held or cancelled; and each request for a session the client made.
 */
export const schedulingTimeline: TimelineSource = {
  kinds: ['appointment', 'appointment_request'],
  action: 'appointments.read',
  async read(db, practiceId, clientId, window, kinds) {
    const [sessions, requests] = await Promise.all([
      kinds.has('appointment') ? sessionsHeld(db, practiceId, clientId, window, kinds) : [],
      kinds.has('appointment_request') ? sessionRequests(db, practiceId, clientId, window, kinds) : [],
    ]);
    return [...sessions, ...requests];
  },
};

async function sessionsHeld(...[db, practiceId, clientId, window]: Parameters<TimelineSource['read']>): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ at: timelineAt(a.startsAt), key: timelineKey('appointment', a.id), kind: a.kind, status: a.status })
    .from(a)
    .where(
      and(
        eq(a.practiceId, practiceId),
        eq(a.clientId, clientId),
        inArray(a.status, ['scheduled', 'cancelled']),
        lte(a.startsAt, window.now),
        olderThan(window, a.startsAt, 'appointment', a.id),
      ),
    )
    .orderBy(newestFirst(a.startsAt, 'appointment', a.id))
    .limit(window.limit);
  return rows.map((row) => ({
    key: row.key,
    kind: 'appointment' as const,
    at: row.at,
    title: row.status === 'cancelled' ? `Session cancelled (${kindWords[row.kind]})` : `Session (${kindWords[row.kind]})`,
    detail: null,
    link: `/clients/${clientId}/appointments`,
  }));
}

async function sessionRequests(...[db, practiceId, clientId, window]: Parameters<TimelineSource['read']>): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ at: timelineAt(r.createdAt), key: timelineKey('appointment_request', r.id), kind: r.kind, status: r.status })
    .from(r)
    .where(and(eq(r.practiceId, practiceId), eq(r.clientId, clientId), olderThan(window, r.createdAt, 'appointment_request', r.id)))
    .orderBy(newestFirst(r.createdAt, 'appointment_request', r.id))
    .limit(window.limit);
  return rows.map((row) => ({
    key: row.key,
    kind: 'appointment_request' as const,
    at: row.at,
    title: `Asked for a session (${kindWords[row.kind]})`,
    detail: requestWords[row.status],
    link: `/clients/${clientId}/appointments`,
  }));
}
