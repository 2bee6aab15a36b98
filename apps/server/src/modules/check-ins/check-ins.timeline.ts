import { and, eq } from 'drizzle-orm';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { checkins } from './check-ins.tables';

const c = checkins;

/** "Wed 2 Dec 2026": the day the check-in is for, which may be the day before it was sent. */
const dayOf = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

/** Each day's check-in, when it was first sent: the mood, and whether it left a note. */
export const checkinsTimeline: TimelineSource = {
  kinds: ['checkin'],
  action: 'checkins.read',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({ at: timelineAt(c.createdAt), key: timelineKey('checkin', c.id), date: c.date, mood: c.mood, note: c.note })
      .from(c)
      .where(and(eq(c.practiceId, practiceId), eq(c.clientId, clientId), olderThan(window, c.createdAt, 'checkin', c.id)))
      .orderBy(newestFirst(c.createdAt, 'checkin', c.id))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'checkin' as const,
      at: r.at,
      title: `Check-in for ${dayOf(r.date)}`,
      detail: `Mood ${r.mood} of 10${r.note ? ' · left a note' : ''}`,
      link: `/clients/${clientId}/check-ins`,
    }));
  },
};
