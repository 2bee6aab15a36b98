import type { MessageIntent } from '@steadfast/contracts';
import { sql } from 'drizzle-orm';
import { reusableQuery, type Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { onCallClinicianBeside } from '../on-call';
import { calendarOf, readReplyWindowPolicy, type ReplyWindow, type ReplyWindowPolicy } from './reply-windows.policy';
import { namesBeside } from '../../access/people';
import { findReplyContext, type ReplyContext } from './reply-windows.queries';
import { expectationWords } from './reply-windows.words';
import { addWorkingTime, endOfWorkingDays, workingTimeBetween, type WorkingCalendar } from './working-time';

export interface ReplyWindowInput {
  clientId: string;
  intent: MessageIntent;
  sentAt: Date;
}

/** When a reply is due, who gives it, and the words the client reads. */
export interface ReplyExpectation {
  by: Date | null;
  clinicianId: string | null;
  clinicianName: string;
  words: string;
  window: ReplyWindow | null;
  calendar: WorkingCalendar;
  /** The agreement asks for the crisis routes to be shown with this send (the 24-hour rule). */
  showCrisisRoutes: boolean;
}

/**
 * What a client's contact agreement changes about a reply (SPEC §2.3), read by the caller from the
 * agreements module and passed in: this module never reaches for it, so there is no cycle and no hook.
 */
export interface AgreedReplyTerms {
  /** The agreed windows per lane; null keeps the practice's. */
  windows?: { before_session: ReplyWindow | null; soon: ReplyWindow | null } | null;
  /** The agreed working hours; null keeps the practice's. */
  hours?: { days: number[]; opensAt: string; closesAt: string } | null;
  /** Who answers instead of the primary clinician (a cover during an absence or off-week, on call under the 24-hour rule). */
  replier?: { clinicianId: string; name: string } | null;
  /** Words that replace the reply-time words (the 24-hour rule's automatic reply). */
  words?: string;
  showCrisisRoutes?: boolean;
  /** The primary clinician's name when an agreement is in force (the words say it was agreed). */
  agreedWith?: string | null;
}

const UNKNOWN_CLINICIAN = 'Your care team';

/** The reply a client can expect for a message of this intent sent at `sentAt` (SPEC §2.2, §2.3). */
export async function expectedReplyBy(ctx: Ctx, input: ReplyWindowInput, terms?: AgreedReplyTerms): Promise<ReplyExpectation> {
  const [expectation] = await expectationsFor(ctx, input.clientId, [input.intent], input.sentAt, terms);
  return expectation!;
}

/** The same for several intents at once (the intent picker), sharing one read of the policy. */
export async function expectationsFor(
  ctx: Ctx,
  clientId: string,
  intents: readonly MessageIntent[],
  sentAt: Date,
  terms?: AgreedReplyTerms,
): Promise<ReplyExpectation[]> {
  const context = await findReplyContext(ctx.db, ctx.actor.practiceId, clientId, sentAt);
  if (!context) throw notFound('client');
  return expectationsFrom(ctx.db, ctx.actor.practiceId, context, intents, sentAt, terms);
}

/** The expectations for a context already read (a send reads it once for the window and the recipients). */
export async function expectationsFrom(
  db: Db,
  practiceId: string,
  context: ReplyContext,
  intents: readonly MessageIntent[],
  sentAt: Date,
  terms: AgreedReplyTerms = {},
  /** Who is on call at `sentAt` (onCallNameAt), when the caller has it already (a send reads it with its contact rules). */
  onCallNameRead?: Promise<string | undefined>,
): Promise<ReplyExpectation[]> {
  const { policy, calendar: baseCalendar } = practiceCalendar(context);
  const primary = context.careTeam.find((m) => m.isPrimary);
  const onCallName = intents.includes('crisis') ? await (onCallNameRead ?? onCallNameAt(db, practiceId, sentAt)) : undefined;
  const calendar = terms.hours
    ? { ...baseCalendar, days: terms.hours.days, opensAt: minutesOfClock(terms.hours.opensAt), closesAt: minutesOfClock(terms.hours.closesAt) }
    : baseCalendar;
  const clinicianId = terms.replier?.clinicianId ?? primary?.clinicianId ?? null;
  const clinicianName = terms.replier?.name ?? primary?.name ?? null;
  const coverFor = terms.replier && primary && terms.replier.clinicianId !== primary.clinicianId ? primary.name : undefined;
  return intents.map((intent) => {
    const window = laneWindow(terms.windows ?? policy.windows, intent);
    const by = window ? replyDue(calendar, sentAt, window) : null;
    const words = terms.words ?? expectationWords({ intent, clinicianName, onCallName, window, by, now: sentAt, timeZone: context.clientTimeZone, coverFor });
    return { by, clinicianId, clinicianName: clinicianName ?? UNKNOWN_CLINICIAN, words, window, calendar, showCrisisRoutes: terms.showCrisisRoutes ?? false };
  });
}

function minutesOfClock(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

/*
 * A practice's policy and working calendar, worked out once per distinct stored policy, zone and
 * country: every send would otherwise validate the same policy with zod and build the same holiday
 * set. Keyed by the policy's content, so a changed policy is simply a new entry. Callers must not
 * change what they get (they copy the calendar before adding an override).
 */
const practiceCalendars = new Map<string, { policy: ReplyWindowPolicy; calendar: WorkingCalendar }>();
const MAX_PRACTICE_CALENDARS = 1_000;

function practiceCalendar(context: ReplyContext): { policy: ReplyWindowPolicy; calendar: WorkingCalendar } {
  const key = `${context.practiceTimeZone}|${context.country}|${JSON.stringify(context.policies.replyWindows ?? {})}`;
  let found = practiceCalendars.get(key);
  if (!found) {
    const policy = readReplyWindowPolicy(context.policies);
    found = { policy, calendar: calendarOf(policy, context.practiceTimeZone, context.country) };
    if (practiceCalendars.size >= MAX_PRACTICE_CALENDARS) practiceCalendars.clear();
    practiceCalendars.set(key, found);
  }
  return found;
}

function laneWindow(windows: { before_session: ReplyWindow | null; soon: ReplyWindow | null }, intent: MessageIntent): ReplyWindow | null {
  if (intent === 'before_session') return windows.before_session;
  if (intent === 'soon') return windows.soon;
  // share expects no reply; crisis goes to on-call at once and never carries a promised time.
  return null;
}

/** The name of whoever is on call at an instant: what a `crisis` message's expectation names. One round trip. */
export async function onCallNameAt(db: Db, practiceId: string, at: Date): Promise<string | undefined> {
  const [row] = await onCallNameQuery(db, { practiceId, at: at.toISOString() });
  const names = typeof row?.names === 'string' ? (JSON.parse(row.names) as Record<string, string>) : row?.names;
  return names ? Object.values(names)[0] : undefined;
}

// The rota and the name in one statement (a crisis send waits for it), built once.
const onCallNameQuery = reusableQuery<{ names: Record<string, string> | string | null }, { practiceId: string; at: string }>(() => {
  const practiceId = sql`${sql.placeholder('practiceId')}::uuid`;
  const onCall = onCallClinicianBeside(practiceId, sql`${sql.placeholder('at')}::timestamptz`);
  return sql`select ${namesBeside(practiceId, sql`array[${onCall}]`)} as names`;
});

/** The instant a window closes, counted in the calendar's working time. */
export function replyDue(calendar: WorkingCalendar, sentAt: Date, window: ReplyWindow): Date | null {
  if ('workingDays' in window) return endOfWorkingDays(calendar, sentAt, window.workingDays);
  return addWorkingTime(calendar, sentAt, window.workingHours * 3_600_000);
}

/**
 * When to remind the clinician: once `fraction` of the window's working time has passed, so a
 * reminder lands in working hours (never at 2 am because a weekend sat inside the window).
 */
export function reminderAt(calendar: WorkingCalendar, sentAt: Date, by: Date, fraction = 0.75): Date {
  const total = workingTimeBetween(calendar, sentAt, by);
  if (total <= 0) return new Date(sentAt.getTime() + (by.getTime() - sentAt.getTime()) * fraction);
  return addWorkingTime(calendar, sentAt, Math.round(total * fraction)) ?? by;
}
