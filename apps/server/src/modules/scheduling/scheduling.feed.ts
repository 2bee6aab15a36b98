import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import ical from 'ical-generator';
import type { CalendarFeedView } from '@steadfast/contracts';
import { systemCtx, withDb, type Ctx, type Deps } from '../../http/context';
import { notFound } from '../../http/errors';
import { audit } from '../audit';
import { findUserById } from '../identity';
import { scheduledFor } from './scheduling.queries';
import { calendarFeeds } from './scheduling.tables';
import { feedCalendarName, feedEventSummary, feedRefreshNote } from './scheduling.words';
import { findClientIdOfUser } from '../../access/people';

const DAY = 86_400_000;
// The window a good clinic feed carries (openvpm PR #50): a week back, two months ahead.
const FEED_DAYS_BACK = 7;
const FEED_DAYS_AHEAD = 60;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const feedUrl = (ctx: Ctx, token: string) => `${ctx.deps.config.publicUrl}/api/v1/calendar-feeds/${token}.ics`;

/** The caller's feed: made on first asking (with its address shown then), afterwards only whether it exists. */
export async function getMyCalendarFeed(ctx: Ctx): Promise<CalendarFeedView> {
  const [live] = await ctx.db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.practiceId, ctx.actor.practiceId), eq(calendarFeeds.userId, ctx.actor.userId), isNull(calendarFeeds.revokedAt)));
  if (live) return { url: null, active: true, createdAt: live.createdAt.toISOString(), refreshNote: feedRefreshNote };
  return rotateMyCalendarFeed(ctx);
}

/** Makes a new secret address; the old one answers 404 from now on. */
export async function rotateMyCalendarFeed(ctx: Ctx): Promise<CalendarFeedView> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.practiceId, ctx.actor.practiceId), eq(calendarFeeds.userId, ctx.actor.userId), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ tokenHash: hashToken(token), practiceId: ctx.actor.practiceId, userId: ctx.actor.userId, createdAt: now });
    await audit(withDb(ctx, tx), { action: 'calendarFeed.rotate', subjectType: 'user', subjectId: ctx.actor.userId });
  });
  return { url: feedUrl(ctx, token), active: true, createdAt: now.toISOString(), refreshNote: feedRefreshNote };
}

/**
 * The iCalendar text for a feed token, read by calendar apps without a session (systemDb: the
 * token is the only credential). Unknown, rotated and malformed tokens all get the same 404.
 * Cancelled appointments are left out (Google ignores STATUS:CANCELLED); UIDs are appointment
 * ids, so an event keeps its identity when moved.
 */
export async function renderCalendarFeed(deps: Deps, token: string): Promise<string> {
  const systemDb = deps.database.db;
  const now = deps.clock.now();
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw notFound('calendar feed');
  const [feed] = await systemDb
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(calendarFeeds.revokedAt)));
  const user = feed && (await findUserById(systemDb, feed.userId));
  if (!feed || !user) throw notFound('calendar feed');
  const clientId = user.role === 'client' ? await findClientIdOfUser(systemDb, user) : undefined;
  const from = new Date(now.getTime() - FEED_DAYS_BACK * DAY);
  const to = new Date(now.getTime() + FEED_DAYS_AHEAD * DAY);
  const rows = await scheduledFor(systemDb, feed.practiceId, clientId ? { clientId } : { clinicianId: user.id }, from, to);
  await audit(systemCtx(deps, feed.practiceId), { action: 'calendarFeed.read', clientId: clientId ?? null, subjectType: 'user', subjectId: user.id });
  const calendar = ical({ name: feedCalendarName, prodId: { company: 'Steadfast', product: 'appointments' }, ttl: 60 * 60 });
  for (const { a, clinicianName } of rows) {
    calendar.createEvent({
      id: `${a.id}@steadfast`,
      start: a.startsAt,
      end: a.endsAt,
      stamp: a.createdAt,
      // A clinician's own feed names nobody: a lost phone must not list clients.
      summary: clientId ? feedEventSummary(clinicianName.split(/\s+/)[0] ?? clinicianName) : 'Appointment',
    });
  }
  return calendar.toString();
}
