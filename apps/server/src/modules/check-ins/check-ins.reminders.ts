import type { ReminderChannels, ReminderPreferences, ReminderPreferencesBody } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { systemCtx, withDb, type Ctx } from '../../http/context';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { notifyPerson } from '../notifications';
import { instantAt } from '../reply-windows';
import { daysFrom, parseDay, shiftDay, todayIn } from './check-ins.days';
import { checkedInOn, findReminder, lastCheckinDate } from './check-ins.queries';
import { checkinReminders } from './check-ins.tables';
import { and, eq } from 'drizzle-orm';

export const CHECKIN_REMINDER_JOB = 'checkins.reminder';

/** After this many days without a check-in, reminders rest until the next one (FIELD-NOTES: no nagging). */
export const REMINDER_PAUSE_AFTER_DAYS = 7;

const DEFAULTS = { enabled: false, times: ['20:00'], channels: { inApp: true, email: true, push: true }, missedDayNote: true };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The first of the client's wall-clock times strictly after `after`, in their IANA zone. Each
 * day's instant is worked out from that day's own offset, so 20:00 stays 20:00 across a
 * daylight-saving change (a time that does not exist that night falls just after the gap).
 */
export function nextReminderAt(times: readonly string[], timeZone: string, after: Date): Date | null {
  if (times.length === 0) return null;
  const sorted = [...times].sort();
  const today = todayIn(timeZone, after);
  for (let i = 0; i <= 2; i += 1) {
    const day = parseDay(shiftDay(today, i));
    for (const t of sorted) {
      const at = instantAt(day, minutesOf(t), timeZone);
      if (at > after) return at;
    }
  }
  return null;
}

export async function getReminderPreferences(ctx: Ctx, clientId: string): Promise<ReminderPreferences> {
  const [row, zone] = await Promise.all([findReminder(ctx.db, ctx.actor.practiceId, clientId), zoneOf(ctx.db, ctx.actor.practiceId, clientId)]);
  const prefs = row ?? { ...DEFAULTS, nextAt: null };
  await audit(ctx, { action: 'checkins.reminders.read', clientId, subjectType: 'checkin_reminders', subjectId: clientId });
  return {
    enabled: prefs.enabled,
    times: prefs.times,
    channels: prefs.channels,
    missedDayNote: prefs.missedDayNote,
    timeZone: zone,
    nextAt: prefs.enabled ? (prefs.nextAt?.toISOString() ?? null) : null,
  };
}

/** Saves the client's times and queues the next reminder; a job queued for earlier times finds itself superseded. */
export async function setReminderPreferences(ctx: Ctx, clientId: string, body: ReminderPreferencesBody): Promise<ReminderPreferences> {
  await ctx.db.transaction(async (tx) => {
    const { practiceId } = ctx.actor;
    const now = ctx.clock.now();
    const zone = await zoneOf(tx, practiceId, clientId);
    const times = [...new Set(body.times)].sort();
    const nextAt = body.enabled ? nextReminderAt(times, zone, now) : null;
    const values = { practiceId, clientId, ...body, times, nextAt, updatedAt: now };
    await tx
      .insert(checkinReminders)
      .values(values)
      .onConflictDoUpdate({ target: [checkinReminders.practiceId, checkinReminders.clientId], set: values });
    if (nextAt) await queueReminder(tx, practiceId, clientId, nextAt);
    await audit(withDb(ctx, tx), { action: 'checkins.reminders.set', clientId, subjectType: 'checkin_reminders', subjectId: clientId });
  });
  return getReminderPreferences(ctx, clientId);
}

async function zoneOf(db: Db, practiceId: string, clientId: string): Promise<string> {
  const [client] = await clientsWithNames(db, practiceId, [clientId]);
  return client?.timeZone ?? 'UTC';
}

async function queueReminder(db: Db, practiceId: string, clientId: string, at: Date) {
  await enqueueJob(db, {
    kind: CHECKIN_REMINDER_JOB,
    payload: { practiceId, clientId, at: at.toISOString() },
    runAt: at,
    dedupeKey: `${CHECKIN_REMINDER_JOB}:${clientId}:${at.toISOString()}`,
  });
}

/**
 * One reminder: nothing when today's check-in is in; at the day's first time, after a missed
 * yesterday, one kind note instead (at most once a day, once per gap); after a week without
 * check-ins, silence until the next one. Then the next time is queued. Runs in the claim's
 * transaction, so each reminder goes out exactly once.
 */
export const checkinReminderJob: JobHandler = {
  kind: CHECKIN_REMINDER_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const { practiceId, clientId, at } = job.payload as { practiceId: string; clientId: string; at: string };
    const row = await findReminder(db, practiceId, clientId);
    if (!row || !row.enabled || row.nextAt?.toISOString() !== at) return;
    const [client] = await clientsWithNames(db, practiceId, [clientId]);
    if (!client || client.status !== 'active') return;
    const due = new Date(at);
    const today = todayIn(client.timeZone, due);
    const kind = await whatToSend(db, row, clientId, client.timeZone, due, today);
    const ctx = systemCtx(deps, practiceId, db);
    // On the channels the client chose for reminders, not their general notice preferences.
    if (kind && anyChannel(row.channels)) await notifyPerson(ctx, { userId: client.userId, kind, clientId, channels: row.channels });
    const next = nextReminderAt(row.times, client.timeZone, due);
    await db
      .update(checkinReminders)
      .set({ nextAt: next, ...(kind === 'checkin_missed' ? { lastMissedNoteOn: today } : {}) })
      .where(and(eq(checkinReminders.practiceId, practiceId), eq(checkinReminders.clientId, clientId)));
    if (next) await queueReminder(db, practiceId, clientId, next);
  },
};

async function whatToSend(
  db: Db,
  row: NonNullable<Awaited<ReturnType<typeof findReminder>>>,
  clientId: string,
  timeZone: string,
  due: Date,
  today: string,
): Promise<'checkin_reminder' | 'checkin_missed' | undefined> {
  const { practiceId } = row;
  if (await checkedInOn(db, practiceId, clientId, today)) return undefined;
  const last = await lastCheckinDate(db, practiceId, clientId, today);
  const quietSince = last ?? todayIn(timeZone, row.updatedAt);
  if (daysFrom(quietSince, today) > REMINDER_PAUSE_AFTER_DAYS) return undefined;
  const firstOfDay = [...row.times].sort()[0] === hhmmIn(due, timeZone);
  const yesterday = shiftDay(today, -1);
  if (row.missedDayNote && firstOfDay && row.lastMissedNoteOn !== today && last === shiftDay(yesterday, -1)) return 'checkin_missed';
  return 'checkin_reminder';
}

const anyChannel = (c: ReminderChannels) => c.inApp || c.email || c.push;

function hhmmIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}
