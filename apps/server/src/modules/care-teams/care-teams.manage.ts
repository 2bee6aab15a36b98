import { and, eq } from 'drizzle-orm';
import type { AddCareTeamMemberBody, CareScope, CareTeamMembership, CareTeamView, UpdateCareTeamMemberBody } from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import { namesOf, practiceClinicians } from '../../access/people';
import { withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { notifyPerson } from '../notifications';
import { publishEvent } from '../realtime';
import { dateIn, dayStartIn } from './care-teams.dates';
import { changesByIds, clientsWithNames, lockClient, membershipsOf, openMembership } from './care-teams.queries';
import { careTeamChanges, careTeamMembers } from './care-teams.tables';
import { careTeamErrors, careTeamNotice } from './care-teams.words';

type Member = typeof careTeamMembers.$inferSelect;

/** The client's care team, current and upcoming members first, then those whose membership ended (route checks 'careTeam.read'). */
export async function listCareTeam(ctx: Ctx, clientId: string): Promise<CareTeamView> {
  const now = ctx.clock.now();
  const { practiceId } = ctx.actor;
  const [[client], rows, canManage] = await Promise.all([
    clientsWithNames(ctx.db, practiceId, [clientId]),
    membershipsOf(ctx.db, practiceId, clientId),
    canOnClient(ctx, 'careTeam.manage', clientId),
  ]);
  if (!client) throw notFound('client');
  const order = { current: 0, upcoming: 1, ended: 2 } as const;
  const members = rows
    .map(({ member, name }) => membershipView(member, name, now))
    .sort((a, b) => order[a.status] - order[b.status] || Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name));
  const clinicians = canManage ? await practiceClinicians(ctx.db, practiceId) : [];
  await audit(ctx, { action: 'careTeam.view', clientId, subjectType: 'client', subjectId: clientId });
  return { client: { id: client.id, name: client.name }, members, canManage, clinicians };
}

function membershipView(m: Member, name: string, now: Date): CareTeamMembership {
  const status = m.endsAt && m.endsAt <= now ? 'ended' : m.startsAt > now ? 'upcoming' : 'current';
  return {
    clinicianId: m.clinicianId,
    name,
    role: m.role,
    isPrimary: m.isPrimary,
    scopes: m.scopes,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt?.toISOString() ?? null,
    status,
  };
}

/** Adds a clinician of the practice to the client's team (route checks 'careTeam.manage'); someone who left may come back. */
export async function addCareTeamMember(ctx: Ctx, clientId: string, body: AddCareTeamMemberBody): Promise<CareTeamView> {
  const { practiceId } = ctx.actor;
  const now = ctx.clock.now();
  const [clinicians, names] = await Promise.all([practiceClinicians(ctx.db, practiceId), namesOf(ctx.db, practiceId, [body.clinicianId])]);
  // Another practice's people are invisible here (404); someone of this practice who is not a clinician is a wrong choice (400).
  if (!names.has(body.clinicianId)) throw notFound(careTeamErrors.clinician);
  if (!clinicians.some((c) => c.id === body.clinicianId)) throw invalid('Only clinicians of the practice can join a care team.', { field: 'clinicianId' });
  await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const client = await lockClient(tx, practiceId, clientId);
    if (!client) throw notFound('client');
    if (await openMembership(tx, practiceId, clientId, body.clinicianId, now)) throw conflict(careTeamErrors.alreadyMember);
    const today = dateIn(now, client.timeZone);
    if (body.startsOn && body.startsOn < today) throw invalid(careTeamErrors.startInPast, { field: 'startsOn' });
    const startsAt = body.startsOn && body.startsOn > today ? dayStartIn(body.startsOn, client.timeZone) : now;
    const endsAt = body.endsOn ? endOn(body.endsOn, today, client.timeZone, now) : null;
    if (endsAt && endsAt <= startsAt) throw invalid(careTeamErrors.endBeforeStart, { field: 'endsOn' });
    const member = { practiceId, clientId, clinicianId: body.clinicianId, role: body.role, isPrimary: false, scopes: body.scopes, startsAt, endsAt };
    await tx.insert(careTeamMembers).values(member);
    await recordChange(txCtx, client.userId, member, 'added');
  });
  return listCareTeam(ctx, clientId);
}

/** Changes a member's scopes or end date (route checks 'careTeam.manage'). */
export async function updateCareTeamMember(ctx: Ctx, clientId: string, clinicianId: string, body: UpdateCareTeamMemberBody): Promise<CareTeamView> {
  await changeMembership(ctx, clientId, clinicianId, (member, today, timeZone) => ({
    scopes: body.scopes ?? member.scopes,
    endsAt: body.endsOn === undefined ? member.endsAt : body.endsOn === null ? null : endOn(body.endsOn, today, timeZone, ctx.clock.now()),
  }));
  return listCareTeam(ctx, clientId);
}

/** Ends a membership from a date (today unless later): dated, never deleted; access stops then (route checks 'careTeam.manage'). */
export async function endCareTeamMembership(ctx: Ctx, clientId: string, clinicianId: string, endsOn: string | undefined): Promise<CareTeamView> {
  await changeMembership(ctx, clientId, clinicianId, (member, today, timeZone) => ({
    scopes: member.scopes,
    endsAt: endOn(endsOn ?? today, today, timeZone, ctx.clock.now()),
  }));
  return listCareTeam(ctx, clientId);
}

async function changeMembership(
  ctx: Ctx,
  clientId: string,
  clinicianId: string,
  next: (member: Member, today: string, timeZone: string) => { scopes: CareScope[]; endsAt: Date | null },
): Promise<void> {
  const { practiceId } = ctx.actor;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const client = await lockClient(tx, practiceId, clientId);
    if (!client) throw notFound('client');
    const member = await openMembership(tx, practiceId, clientId, clinicianId, now);
    if (!member) throw notFound(careTeamErrors.notMember);
    // A client is never without a primary clinician: that changes only in a handover (SPEC §2.10).
    if (member.isPrimary) throw conflict(careTeamErrors.primary);
    const { scopes, endsAt } = next(member, dateIn(now, client.timeZone), client.timeZone);
    if (endsAt && endsAt <= member.startsAt) throw invalid(careTeamErrors.endBeforeStart, { field: 'endsOn' });
    const key = and(
      eq(careTeamMembers.practiceId, practiceId),
      eq(careTeamMembers.clientId, clientId),
      eq(careTeamMembers.clinicianId, clinicianId),
      eq(careTeamMembers.startsAt, member.startsAt),
    );
    await tx.update(careTeamMembers).set({ scopes, endsAt }).where(key);
    const ended = endsAt !== null && endsAt.getTime() !== member.endsAt?.getTime();
    await recordChange(txCtx, client.userId, { ...member, scopes, endsAt }, ended ? 'ended' : 'updated');
  });
}

/** When access stops for an end date: the start of that day in the client's zone, or now when it is today. */
function endOn(endsOn: string, today: string, timeZone: string, now: Date): Date {
  if (endsOn < today) throw invalid(careTeamErrors.endInPast, { field: 'endsOn' });
  return endsOn === today ? now : dayStartIn(endsOn, timeZone);
}

/**
 * The change's history row, its audit entry, the client's notice and the team's event, in the change's transaction.
 * A handover tells the client in its own words, once for the whole change (`notify: false` here).
 */
export async function recordChange(
  ctx: Ctx,
  clientUserId: string,
  member: Omit<Member, 'isPrimary'> & { isPrimary: boolean },
  change: 'added' | 'updated' | 'ended',
  options: { notify: boolean } = { notify: true },
) {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(careTeamChanges)
    .values({
      practiceId: member.practiceId,
      clientId: member.clientId,
      clinicianId: member.clinicianId,
      change,
      role: member.role,
      scopes: member.scopes,
      startsAt: member.startsAt,
      endsAt: member.endsAt,
      actorId: ctx.actor.userId,
      createdAt: now,
    })
    .returning({ id: careTeamChanges.id });
  const subjectId = row!.id;
  await audit(ctx, {
    action: `careTeam.${change === 'added' ? 'add' : change === 'ended' ? 'end' : 'update'}`,
    clientId: member.clientId,
    subjectType: 'care_team_change',
    subjectId,
  });
  if (options.notify) await notifyPerson(ctx, { userId: clientUserId, kind: 'care_team_changed', clientId: member.clientId, subjectId });
  await publishEvent(ctx.db, { practiceId: member.practiceId, type: 'careTeam.changed', clientId: member.clientId, subjectId, at: now });
}

/** The in-app words of care-team notices, by the change each names (the notifications module asks through buildApp). */
export async function careTeamNoticeTitles(ctx: Ctx, subjectIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await changesByIds(ctx.db, ctx.actor.practiceId, subjectIds);
  return new Map(
    rows.map(({ change: c, name, timeZone }) => [
      c.id,
      careTeamNotice({ change: c.change, name, scopes: c.scopes, startsAt: c.startsAt, endsAt: c.endsAt, now: c.createdAt, timeZone }),
    ]),
  );
}
