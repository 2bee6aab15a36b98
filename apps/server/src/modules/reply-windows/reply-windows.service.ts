import type { MessageIntent } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { findOnCallNow } from '../on-call/on-call.queries';
import { calendarOf, readReplyWindowPolicy, type ReplyWindow, type ReplyWindowPolicy } from './reply-windows.policy';
import { findReplyContext, findUserName, type ReplyContext } from './reply-windows.queries';
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
}

/** What a client's contact agreement may change (SPEC §2.3): the window, the hours, or who replies (a cover). */
export interface ReplyWindowOverride {
  window?: ReplyWindow | null;
  calendar?: Partial<WorkingCalendar>;
  clinicianId?: string;
}

export type ReplyWindowOverrideHook = (db: Db, practiceId: string, input: ReplyWindowInput) => Promise<ReplyWindowOverride | undefined>;

/**
 * The contact-agreement issue plugs in here: the first hook that answers for a client wins over
 * the practice defaults. Kept as a list so that the agreement module registers itself.
 */
export const replyWindowOverrides: ReplyWindowOverrideHook[] = [];

const UNKNOWN_CLINICIAN = 'Your care team';

/** The reply a client can expect for a message of this intent sent at `sentAt` (SPEC §2.2, §2.3). */
export async function expectedReplyBy(ctx: Ctx, input: ReplyWindowInput): Promise<ReplyExpectation> {
  const [expectation] = await expectationsFor(ctx, input.clientId, [input.intent], input.sentAt);
  return expectation!;
}

/** The same for several intents at once (the intent picker), sharing one read of the policy. */
export async function expectationsFor(ctx: Ctx, clientId: string, intents: readonly MessageIntent[], sentAt: Date): Promise<ReplyExpectation[]> {
  const context = await findReplyContext(ctx.db, ctx.actor.practiceId, clientId, sentAt);
  if (!context) throw notFound('client');
  return expectationsFrom(ctx.db, ctx.actor.practiceId, context, intents, sentAt);
}

/** The expectations for a context already read (a send reads it once for the window and the recipients). */
export async function expectationsFrom(
  db: Db,
  practiceId: string,
  context: ReplyContext,
  intents: readonly MessageIntent[],
  sentAt: Date,
): Promise<ReplyExpectation[]> {
  const { policy, calendar: baseCalendar } = practiceCalendar(context);
  const primary = context.careTeam.find((m) => m.isPrimary);
  const onCallName = intents.includes('crisis') ? await onCallNameAt(db, practiceId, sentAt) : undefined;
  const results: ReplyExpectation[] = [];
  for (const intent of intents) {
    const override = await overrideFor(db, practiceId, { clientId: context.clientId, intent, sentAt });
    const calendar = { ...baseCalendar, ...override?.calendar };
    const window = override && 'window' in override ? (override.window ?? null) : laneWindow(policy.windows, intent);
    const clinicianId = override?.clinicianId ?? primary?.clinicianId ?? null;
    const clinicianName = (override?.clinicianId ? await findUserName(db, practiceId, override.clinicianId) : primary?.name) ?? null;
    const by = window ? replyDue(calendar, sentAt, window) : null;
    const words = expectationWords({ intent, clinicianName, onCallName, window, by, now: sentAt, timeZone: context.clientTimeZone });
    results.push({ by, clinicianId, clinicianName: clinicianName ?? UNKNOWN_CLINICIAN, words, window, calendar });
  }
  return results;
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

async function overrideFor(db: Db, practiceId: string, input: ReplyWindowInput): Promise<ReplyWindowOverride | undefined> {
  for (const hook of replyWindowOverrides) {
    const found = await hook(db, practiceId, input);
    if (found) return found;
  }
  return undefined;
}

async function onCallNameAt(db: Db, practiceId: string, at: Date): Promise<string | undefined> {
  const onCall = await findOnCallNow(db, practiceId, at);
  return onCall ? findUserName(db, practiceId, onCall.clinicianId) : undefined;
}

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
