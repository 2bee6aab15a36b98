import { and, eq, inArray } from 'drizzle-orm';
import type {
  JoinPeerSpaceBody,
  PeerMembershipView,
  PeerParticipationView,
  PeerSettingsView,
  PeerSpaceView,
  UpdatePeerMembershipBody,
  UpdatePeerSettingsBody,
} from '@steadfast/contracts';
import { namesOf, practiceAdmins, practiceClinicians } from '../../access/people';
import type { Db } from '../../db/database';
import { withDb, type Actor, type Ctx } from '../../http/context';
import { conflict, forbidden, invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { publishEvents } from '../realtime';
import { canJoin, canModerate, canPost, inAudience, pseudonymNamesPerson, type MemberRow, type PeerStanding } from './peer-space.policy';
import { findMember, moderatorIdsOf, standingOf } from './peer-space.queries';
import { peerMembers, peerModerators, peerSettings } from './peer-space.tables';
import { houseRules, peerErrors } from './peer-space.words';

/** The space as the caller stands in it (any signed-in person; the answer says what they can do). */
export async function getSpace(ctx: Ctx): Promise<PeerSpaceView> {
  const s = await standingOf(ctx.db, ctx.actor);
  return {
    enabled: s.enabled,
    membership: s.member ? toMembershipView(s.member) : null,
    moderator: s.moderator,
    houseRules: [...houseRules],
    can: { join: canJoin(s), post: canPost(s), moderate: canModerate(s), configure: ctx.actor.role === 'admin' },
  };
}

/** Joins under a pseudonym that is not the client's name, having agreed to the house rules. */
export async function joinSpace(ctx: Ctx, body: JoinPeerSpaceBody): Promise<PeerMembershipView> {
  const s = await standingOf(ctx.db, ctx.actor);
  if (!s.enabled) throw notFound('peer space');
  if (s.member) throw conflict(peerErrors.alreadyMember);
  if (!canJoin(s) || !ctx.actor.clientId) throw forbidden(peerErrors.onlyClients);
  const pseudonym = body.pseudonym.trim().replace(/\s+/g, ' ');
  if (pseudonymNamesPerson(pseudonym, ctx.actor.name)) throw invalid(peerErrors.pseudonymIsName, { field: 'pseudonym' });
  const now = ctx.clock.now();
  try {
    const member = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(peerMembers)
        .values({
          practiceId: ctx.actor.practiceId,
          clientId: ctx.actor.clientId!,
          userId: ctx.actor.userId,
          pseudonym,
          agreedToRulesAt: now,
          shareWithCareTeam: body.shareWithCareTeam ?? false,
          createdAt: now,
        })
        .returning();
      await audit(withDb(ctx, tx), { action: 'peer.join', clientId: ctx.actor.clientId, subjectType: 'peer_member', subjectId: row!.id });
      await publishEvents(tx, [personal(ctx.actor.practiceId, ctx.actor.userId, row!.id)]);
      return row!;
    });
    return toMembershipView(member);
  } catch (error) {
    if (isUniqueViolation(error, 'peer_members_pseudonym_unique')) throw conflict(peerErrors.pseudonymTaken, { field: 'pseudonym' });
    if (isUniqueViolation(error)) throw conflict(peerErrors.alreadyMember);
    throw error;
  }
}

/** The member's own choice: whether their care team may see that they take part. */
export async function updateMembership(ctx: Ctx, body: UpdatePeerMembershipBody): Promise<PeerMembershipView> {
  const s = await standingOf(ctx.db, ctx.actor);
  if (!s.enabled || !s.member) throw notFound('peer membership');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(peerMembers)
      .set({ shareWithCareTeam: body.shareWithCareTeam })
      .where(and(eq(peerMembers.practiceId, ctx.actor.practiceId), eq(peerMembers.id, s.member!.id)))
      .returning();
    await audit(withDb(ctx, tx), { action: 'peer.consent', clientId: row!.clientId, subjectType: 'peer_member', subjectId: row!.id });
    return toMembershipView(row!);
  });
}

/** What the care team may know (the route checked 'peer.participation'): that the client takes part, only with their consent. */
export async function participationOf(ctx: Ctx, clientId: string): Promise<PeerParticipationView> {
  const member = await findMember(ctx.db, ctx.actor.practiceId, eq(peerMembers.clientId, clientId));
  await audit(ctx, { action: 'peer.participation.read', clientId, subjectType: 'client', subjectId: clientId });
  const visible = member && (member.shareWithCareTeam || ctx.actor.clientId === clientId);
  return { participation: visible ? { joinedAt: member.createdAt.toISOString() } : null };
}

/** The admin's view: whether the space is open and who moderates it. */
export async function getSettings(ctx: Ctx): Promise<PeerSettingsView> {
  const { practiceId } = ctx.actor;
  const [[settings], moderatorIds, clinicians, admins] = await Promise.all([
    ctx.db.select().from(peerSettings).where(eq(peerSettings.practiceId, practiceId)),
    moderatorIdsOf(ctx.db, practiceId),
    practiceClinicians(ctx.db, practiceId),
    practiceAdmins(ctx.db, practiceId),
  ]);
  const adminNames = await namesOf(
    ctx.db,
    practiceId,
    admins.map((a) => a.id),
  );
  return {
    enabled: settings?.enabled ?? false,
    version: versionOf(settings),
    moderatorIds,
    staff: [
      ...admins.map((a) => ({ id: a.id, name: adminNames.get(a.id) ?? '', role: 'admin' as const })),
      ...clinicians.map((c) => ({ ...c, role: 'clinician' as const })),
    ],
  };
}

/** Opens or closes the space and names its moderators (clinicians or admins of the practice); audited. */
export async function updateSettings(ctx: Ctx, body: UpdatePeerSettingsBody): Promise<PeerSettingsView> {
  const { practiceId } = ctx.actor;
  const wanted = [...new Set(body.moderatorIds)];
  const current = await getSettings(ctx);
  const staff = new Set(current.staff.map((p) => p.id));
  if (wanted.some((id) => !staff.has(id))) throw invalid(peerErrors.moderatorNotStaff, { field: 'moderatorIds' });
  // What the screen holds waits for a moderator: an open space without one would leave it waiting for nobody.
  if (body.enabled && wanted.length === 0) throw invalid(peerErrors.needsModerator, { field: 'moderatorIds' });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Saved over what the admin saw, or not at all: two admins cannot silently undo each other's moderators.
    const [locked] = await tx.select().from(peerSettings).where(eq(peerSettings.practiceId, practiceId)).for('update');
    if (versionOf(locked) !== body.version) throw conflict(peerErrors.settingsChanged);
    const values = { enabled: body.enabled, updatedBy: ctx.actor.userId, updatedAt: now };
    try {
      if (locked) await tx.update(peerSettings).set(values).where(eq(peerSettings.practiceId, practiceId));
      else await tx.insert(peerSettings).values({ practiceId, ...values });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(peerErrors.settingsChanged);
      throw error;
    }
    const removed = current.moderatorIds.filter((id) => !wanted.includes(id));
    if (removed.length) await tx.delete(peerModerators).where(and(eq(peerModerators.practiceId, practiceId), inArray(peerModerators.userId, removed)));
    if (wanted.length)
      await tx
        .insert(peerModerators)
        .values(wanted.map((userId) => ({ practiceId, userId, createdAt: now })))
        .onConflictDoNothing();
    await audit(withDb(ctx, tx), { action: 'peer.configure', subjectType: 'practice', subjectId: practiceId });
    // The moderators who came or went see (or stop seeing) the queue on their open streams at once.
    const changed = [...removed, ...wanted.filter((id) => !current.moderatorIds.includes(id))];
    await publishEvents(
      tx,
      changed.map((userId) => personal(practiceId, userId, practiceId)),
    );
  });
  return getSettings(ctx);
}

/** The settings' version: when they were last saved ('new' before the first save). */
function versionOf(settings: { updatedAt: Date } | undefined): string {
  return settings ? settings.updatedAt.toISOString() : 'new';
}

/** For the event stream (through app.ts): whether the person sees the space's published changes. */
export async function peerAudience(db: Db, actor: Actor): Promise<boolean> {
  return inAudience(await standingOf(db, actor));
}

/** The standing of a caller who must be able to read the space; the space and everything in it is not found otherwise. */
export async function readableStanding(ctx: Ctx): Promise<PeerStanding> {
  const s = await standingOf(ctx.db, ctx.actor);
  if (!s.enabled || (!s.member && !s.moderator)) throw notFound('peer space');
  return s;
}

/** Other moderators and members are told through their streams; these go to one person only. */
export function personal(practiceId: string, userId: string, subjectId: string) {
  return { practiceId, type: 'peer.changed' as const, userId, subjectId };
}

export function toMembershipView(m: MemberRow): PeerMembershipView {
  return { id: m.id, pseudonym: m.pseudonym, joinedAt: m.createdAt.toISOString(), shareWithCareTeam: m.shareWithCareTeam, suspended: Boolean(m.suspendedAt) };
}

/** PostgreSQL's unique violation, optionally of one constraint (a race the database settles). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = (error as { cause?: unknown }).cause ?? error;
  const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
  if (code !== '23505') return false;
  return !constraint || name === constraint || Boolean(message?.includes(constraint));
}
