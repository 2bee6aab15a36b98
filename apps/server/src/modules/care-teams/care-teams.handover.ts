import { and, eq } from 'drizzle-orm';
import { careScopes } from '@steadfast/contracts';
import { practiceClinicians } from '../../access/people';
import { activeMembership } from '../../access/relationships';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { dateIn, dayStartIn } from './care-teams.dates';
import { recordChange } from './care-teams.manage';
import { lockClient, openMembership } from './care-teams.queries';
import { careTeamMembers, clients } from './care-teams.tables';
import { careTeamErrors, handoverErrors } from './care-teams.words';

/*
 * The memberships of a handover (SPEC §2.10), written once when it is planned and read by their
 * dates from then on: nothing has to run at the overlap's end, so nothing can be missed there.
 * - the old primary's membership gets an end date: the overlap's end (a dated end, never a deletion);
 * - the new clinician gets two periods: co-therapist during the overlap (every scope, so they read
 *   what the primary reads), then primary therapist from the overlap's end, with no end.
 * The new clinician becomes primary at the overlap's end and not at a separate date: there is then
 * exactly one primary at every instant (the old one's period ends as the new one's begins), and the
 * client is told one date.
 */

/** Where a handover's memberships are: the keys of its three periods. */
export interface HandoverPeriods {
  clientId: string;
  fromClinicianId: string;
  fromStartsAt: Date;
  toClinicianId: string;
  overlapStartsAt: Date;
  overlapEndsAt: Date;
}

/** The client's primary clinician now (their current membership), if any. */
export async function currentPrimaryOf(db: Db, practiceId: string, clientId: string, now: Date) {
  const [row] = await db
    .select()
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, practiceId), eq(careTeamMembers.clientId, clientId), eq(careTeamMembers.isPrimary, true), activeMembership(now)))
    .limit(1);
  return row;
}

/**
 * Plans a handover's memberships in the caller's transaction (the client row locked, so two
 * handovers of one client go one at a time). Dates are the client's calendar days; an overlap
 * starting today starts now.
 */
export async function planHandoverMemberships(
  ctx: Ctx,
  input: { clientId: string; toClinicianId: string; overlapStartsOn?: string; overlapEndsOn: string },
): Promise<HandoverPeriods & { clientUserId: string; timeZone: string }> {
  const { practiceId } = ctx.actor;
  const now = ctx.clock.now();
  const client = await lockClient(ctx.db, practiceId, input.clientId);
  if (!client) throw notFound('client');
  const clinicians = await practiceClinicians(ctx.db, practiceId);
  if (!clinicians.some((c) => c.id === input.toClinicianId)) throw notFound(careTeamErrors.clinician);
  const from = await currentPrimaryOf(ctx.db, practiceId, input.clientId, now);
  if (!from) throw conflict(handoverErrors.noPrimary);
  if (from.endsAt) throw conflict(handoverErrors.alreadyPlanned);
  if (from.clinicianId === input.toClinicianId) throw invalid(handoverErrors.samePerson, { field: 'toClinicianId' });
  if (await openMembership(ctx.db, practiceId, input.clientId, input.toClinicianId, now)) throw conflict(handoverErrors.alreadyMember);

  const today = dateIn(now, client.timeZone);
  const startsOn = input.overlapStartsOn ?? today;
  if (startsOn < today) throw invalid(careTeamErrors.startInPast, { field: 'overlapStartsOn' });
  if (input.overlapEndsOn <= startsOn) throw invalid(handoverErrors.endBeforeStart, { field: 'overlapEndsOn' });
  const overlapStartsAt = startsOn === today ? now : dayStartIn(startsOn, client.timeZone);
  const overlapEndsAt = dayStartIn(input.overlapEndsOn, client.timeZone);

  await ctx.db
    .update(careTeamMembers)
    .set({ endsAt: overlapEndsAt })
    .where(keyOf(practiceId, input.clientId, from.clinicianId, from.startsAt));
  const base = { practiceId, clientId: input.clientId, clinicianId: input.toClinicianId };
  const overlap = { ...base, role: 'co_therapist' as const, isPrimary: false, scopes: [...careScopes], startsAt: overlapStartsAt, endsAt: overlapEndsAt };
  // Every scope on both periods, so the team's history says what they see (a primary sees everything anyway).
  const primary = { ...base, role: 'therapist' as const, isPrimary: true, scopes: [...careScopes], startsAt: overlapEndsAt, endsAt: null };
  await ctx.db.insert(careTeamMembers).values([overlap, primary]);
  const quiet = { notify: false };
  await recordChange(ctx, client.userId, { ...from, endsAt: overlapEndsAt }, 'ended', quiet);
  await recordChange(ctx, client.userId, overlap, 'added', quiet);
  await recordChange(ctx, client.userId, primary, 'added', quiet);
  return {
    clientId: input.clientId,
    fromClinicianId: from.clinicianId,
    fromStartsAt: from.startsAt,
    toClinicianId: input.toClinicianId,
    overlapStartsAt,
    overlapEndsAt,
    clientUserId: client.userId,
    timeZone: client.timeZone,
  };
}

/**
 * The start of changing a handover still under way: the client locked, a completed handover
 * refused, and the old primary's membership given its new end (null: no end again).
 */
async function changeOpenHandover(ctx: Ctx, p: HandoverPeriods, oldPrimaryEndsAt: (now: Date) => Date | null) {
  const { practiceId } = ctx.actor;
  const now = ctx.clock.now();
  const client = await lockClient(ctx.db, practiceId, p.clientId);
  if (!client) throw notFound('client');
  if (p.overlapEndsAt <= now) throw conflict(handoverErrors.completed);
  const [from] = await ctx.db
    .update(careTeamMembers)
    .set({ endsAt: oldPrimaryEndsAt(now) })
    .where(keyOf(practiceId, p.clientId, p.fromClinicianId, p.fromStartsAt))
    .returning();
  return { practiceId, now, client, from };
}

/**
 * Undoes a handover before it completes: the old primary's membership has no end again, and the
 * new clinician's periods end now. A period that has not begun is removed: it never gave access,
 * and the care-team history keeps the change.
 */
export async function cancelHandoverMemberships(ctx: Ctx, p: HandoverPeriods): Promise<void> {
  const { practiceId, now, client, from } = await changeOpenHandover(ctx, p, () => null);
  await endOrRemove(ctx.db, practiceId, p.clientId, p.toClinicianId, p.overlapStartsAt, now);
  await endOrRemove(ctx.db, practiceId, p.clientId, p.toClinicianId, p.overlapEndsAt, now);
  const quiet = { notify: false };
  if (from) await recordChange(ctx, client.userId, from, 'updated', quiet);
  const to = {
    practiceId,
    clientId: p.clientId,
    clinicianId: p.toClinicianId,
    role: 'co_therapist' as const,
    isPrimary: false,
    scopes: [],
    startsAt: p.overlapStartsAt,
    endsAt: now,
  };
  await recordChange(ctx, client.userId, to, 'ended', quiet);
}

/**
 * Ends the overlap today, when both clinicians are ready before the planned date: the old
 * primary's membership ends now and the new clinician is primary from now.
 */
export async function finishHandoverMemberships(ctx: Ctx, p: HandoverPeriods): Promise<Date> {
  const { practiceId, now, client, from } = await changeOpenHandover(ctx, p, (at) => at);
  await endOrRemove(ctx.db, practiceId, p.clientId, p.toClinicianId, p.overlapStartsAt, now);
  // The primary period has not begun (its start is the overlap's end, still ahead): it begins now.
  const [primary] = await ctx.db
    .update(careTeamMembers)
    .set({ startsAt: now })
    .where(keyOf(practiceId, p.clientId, p.toClinicianId, p.overlapEndsAt))
    .returning();
  const quiet = { notify: false };
  if (from) await recordChange(ctx, client.userId, from, 'ended', quiet);
  if (primary) await recordChange(ctx, client.userId, primary, 'updated', quiet);
  return now;
}

/** The client's status (discharged when a planned discharge takes effect, active when they come back). */
export async function setClientStatus(db: Db, practiceId: string, clientId: string, status: 'active' | 'discharged'): Promise<void> {
  await db
    .update(clients)
    .set({ status })
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
}

async function endOrRemove(db: Db, practiceId: string, clientId: string, clinicianId: string, startsAt: Date, now: Date) {
  const key = keyOf(practiceId, clientId, clinicianId, startsAt);
  if (startsAt < now) await db.update(careTeamMembers).set({ endsAt: now }).where(key);
  else await db.delete(careTeamMembers).where(key);
}

function keyOf(practiceId: string, clientId: string, clinicianId: string, startsAt: Date) {
  return and(
    eq(careTeamMembers.practiceId, practiceId),
    eq(careTeamMembers.clientId, clientId),
    eq(careTeamMembers.clinicianId, clinicianId),
    eq(careTeamMembers.startsAt, startsAt),
  );
}
