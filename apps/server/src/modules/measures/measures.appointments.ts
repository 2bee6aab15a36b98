import { BEFORE_APPOINTMENT_DAYS, type DueMeasure, type Instrument } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { systemCtx } from '../../http/context';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { clientsWithNames } from '../care-teams';
import { notifyPerson } from '../notifications';
import { addDays, dateKey, instantAt, localDateOf } from '../reply-windows';
import { bookedAppointmentsOf } from '../scheduling';
import { measuresOf, type MeasureRow } from './measures.queries';
import { beforeAppointmentInstruments, scheduleOf, type SavedSchedule } from './measures.schedule';

/**
 * Measures "before each appointment" (issue 13): a PHQ-9 or GAD-7 opens BEFORE_APPOINTMENT_DAYS
 * before each booked appointment and closes when it starts, so the result is fresh for the
 * session. Appointments are scheduling's: read through its exported query, never its tables.
 *
 * A daily look-ahead job per client (at the notice time in the client's zone) queues, per
 * appointment, one opening notice and one reminder the day before. Both are keyed by the
 * appointment's id for ever, so a client hears at most twice about one appointment however often
 * it is moved (FIELD-NOTES: capped), and nothing once the measure is done.
 */
export const MEASURE_APPOINTMENT_CHECK_JOB = 'measures.appointment_check';
export const MEASURE_APPOINTMENT_NOTICE_JOB = 'measures.appointment_notice';

/** Notices go out mid-morning in the client's zone, never at night (as the cadence's do). */
const NOTICE_MINUTES = 10 * 60;
const DAY_MS = 86_400_000;

interface CheckPayload {
  practiceId: string;
  clientId: string;
  /** The schedule's updatedAt when queued: a newer save supersedes this chain. */
  scheduleAt: string;
}
interface NoticePayload extends CheckPayload {
  appointmentId: string;
  stage: 'open' | 'reminder';
}

const parse = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
};
const shift = (day: string, n: number) => dateKey(addDays(parse(day), n));
const dayIn = (instant: Date, zone: string) => dateKey(localDateOf(instant, zone));

/** The day a measure before this appointment opens (in the client's zone). */
export function opensOn(startsAt: Date, zone: string): string {
  return shift(dayIn(startsAt, zone), -BEFORE_APPOINTMENT_DAYS);
}

/** Appointments close enough to have a measure open: those starting within the window from now. */
async function upcoming(db: Db, practiceId: string, clientId: string, now: Date) {
  return bookedAppointmentsOf(db, practiceId, clientId, now, new Date(now.getTime() + (BEFORE_APPOINTMENT_DAYS + 1) * DAY_MS));
}

/** Instruments still to do before this appointment: none completed since its round opened. */
function stillDue(instruments: readonly Instrument[], results: readonly MeasureRow[], from: string): Instrument[] {
  return instruments.filter((i) => !results.some((r) => r.instrument === i && r.date >= from));
}

/** The measures due now before the client's next appointment (for getMeasuresDue). */
export async function dueBeforeAppointment(
  db: Db,
  practiceId: string,
  clientId: string,
  schedule: SavedSchedule,
  results: readonly MeasureRow[],
  zone: string,
  now: Date,
): Promise<DueMeasure[]> {
  const instruments = beforeAppointmentInstruments(schedule);
  if (instruments.length === 0) return [];
  const today = dayIn(now, zone);
  const next = (await upcoming(db, practiceId, clientId, now)).find((a) => opensOn(a.startsAt, zone) <= today);
  if (!next) return [];
  const from = opensOn(next.startsAt, zone);
  return stillDue(instruments, results, from).map((instrument) => ({
    instrument,
    dueSince: from,
    expiresOn: dayIn(next.startsAt, zone),
    lastCompletedOn: results.filter((r) => r.instrument === instrument).at(-1)?.date ?? null,
    beforeAppointmentAt: next.startsAt.toISOString(),
  }));
}

/** Starts the daily look-ahead when a schedule with "before each appointment" is saved. */
export async function startAppointmentChecks(db: Db, practiceId: string, clientId: string, schedule: SavedSchedule, now: Date): Promise<void> {
  if (beforeAppointmentInstruments(schedule).length === 0 || !schedule.updatedAt) return;
  await queueCheck(db, { practiceId, clientId, scheduleAt: schedule.updatedAt }, now);
}

async function queueCheck(db: Db, payload: CheckPayload, at: Date) {
  await enqueueJob(db, {
    kind: MEASURE_APPOINTMENT_CHECK_JOB,
    payload: { ...payload },
    runAt: at,
    dedupeKey: `${MEASURE_APPOINTMENT_CHECK_JOB}:${payload.clientId}:${payload.scheduleAt}:${at.toISOString()}`,
  });
}

/** Whether this chain's schedule is still the one in force, for a client still in care; their zone and user if so. */
async function stillInForce(db: Db, p: CheckPayload) {
  const [schedule, [client]] = await Promise.all([scheduleOf(db, p.practiceId, p.clientId), clientsWithNames(db, p.practiceId, [p.clientId])]);
  if (!client || client.status !== 'active' || schedule.updatedAt !== p.scheduleAt) return undefined;
  const instruments = beforeAppointmentInstruments(schedule);
  return instruments.length > 0 ? { client, instruments } : undefined;
}

/** The daily look-ahead: queues each near appointment's two notices, then tomorrow's look-ahead. */
export const measureAppointmentCheckJob: JobHandler = {
  kind: MEASURE_APPOINTMENT_CHECK_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const p = job.payload as unknown as CheckPayload;
    const now = deps.clock.now();
    const live = await stillInForce(db, p);
    if (!live) return;
    const zone = live.client.timeZone;
    for (const appointment of await upcoming(db, p.practiceId, p.clientId, now)) {
      const openAt = maxDate(instantAt(parse(opensOn(appointment.startsAt, zone)), NOTICE_MINUTES, zone), now);
      const remindAt = instantAt(parse(shift(dayIn(appointment.startsAt, zone), -1)), NOTICE_MINUTES, zone);
      if (openAt < appointment.startsAt) await queueNotice(db, { ...p, appointmentId: appointment.id, stage: 'open' }, openAt);
      // A reminder less than a day after the opening notice would be a second nudge, not a reminder.
      if (remindAt.getTime() - openAt.getTime() >= DAY_MS && remindAt < appointment.startsAt)
        await queueNotice(db, { ...p, appointmentId: appointment.id, stage: 'reminder' }, remindAt);
    }
    await queueCheck(db, p, instantAt(parse(shift(dayIn(now, zone), 1)), NOTICE_MINUTES, zone));
  },
};

const maxDate = (a: Date, b: Date) => (a > b ? a : b);

async function queueNotice(db: Db, payload: NoticePayload, at: Date) {
  await enqueueJob(db, {
    kind: MEASURE_APPOINTMENT_NOTICE_JOB,
    payload: { ...payload },
    runAt: at,
    // The appointment's id alone, never its time: moving it does not earn the client more notices.
    dedupeKey: `${MEASURE_APPOINTMENT_NOTICE_JOB}:${payload.clientId}:${payload.appointmentId}:${payload.stage}`,
  });
}

/** One notice (no clinical content) for whatever is still to do before the appointment; nothing if it moved away, was cancelled or all is done. */
export const measureAppointmentNoticeJob: JobHandler = {
  kind: MEASURE_APPOINTMENT_NOTICE_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const p = job.payload as unknown as NoticePayload;
    const now = deps.clock.now();
    const live = await stillInForce(db, p);
    if (!live) return;
    const appointment = (await upcoming(db, p.practiceId, p.clientId, now)).find((a) => a.id === p.appointmentId);
    if (!appointment) return;
    const from = opensOn(appointment.startsAt, live.client.timeZone);
    const results = await measuresOf(db, p.practiceId, p.clientId, { from });
    if (stillDue(live.instruments, results, from).length === 0) return;
    await notifyPerson(systemCtx(deps, p.practiceId, db), { userId: live.client.userId, kind: 'measure_due', clientId: p.clientId });
  },
};
