import { and, eq } from 'drizzle-orm';
import type { CaseloadEntry } from '@steadfast/contracts';
import { activeMembership, isOnCallNow, membershipRelationships, type ClientAccess } from '../../access/relationships';
import type { Relationship } from '../../access/rules';
import type { Ctx } from '../../http/context';
import { audit } from '../audit/audit.service';
import { checkinSignalsFor } from '../check-ins';
import { messageSignalsFor } from '../messaging/messaging.signals';
import { openFlagSignalsFor } from '../risk/flags.signals';
import { appointmentSignalsFor, stepUpSignalsFor } from '../scheduling';
import { stabilitySignalsFor } from '../okay-plan';
import { careTeamsOf, clientsWithNames } from './care-teams.queries';
import { careTeamMembers } from './care-teams.tables';
import { compareCaseload } from './caseload.order';

type Membership = typeof careTeamMembers.$inferSelect;

/**
 * A clinician's caseload with its signals (SPEC §2.8): every client whose care team they are on
 * now, most pressing first. A fixed number of queries whatever the caseload's size: each signal
 * is one grouped query in the module that owns its data, filtered there by the permission table.
 */
export async function getCaseload(ctx: Ctx): Promise<CaseloadEntry[]> {
  const now = ctx.clock.now();
  const memberships = await myMemberships(ctx, now);
  const ids = memberships.map((m) => m.clientId);
  const access = await caseloadAccess(ctx, memberships, now);
  const [rows, teams, messageSignals, flagSignals, appointmentSignals, stepUpSignals, checkinSignals, stabilitySignals] = await Promise.all([
    clientsWithNames(ctx.db, ctx.actor.practiceId, ids),
    careTeamsOf(ctx.db, ctx.actor.practiceId, ids, now),
    messageSignalsFor(ctx.db, ctx.actor, access, now),
    openFlagSignalsFor(ctx.db, ctx.actor, access),
    appointmentSignalsFor(ctx.db, ctx.actor, access, now),
    stepUpSignalsFor(ctx.db, ctx.actor, access, now),
    checkinSignalsFor(ctx.db, ctx.actor, access, now),
    stabilitySignalsFor(ctx.db, ctx.actor, access, now),
  ]);
  await audit(ctx, { action: 'caseload.view', subjectType: 'caseload', subjectId: ctx.actor.userId });
  const mine = new Map(memberships.map((m) => [m.clientId, m]));
  return rows
    .map((client): CaseloadEntry => {
      const membership = mine.get(client.id)!;
      const team = teams.get(client.id) ?? [];
      return {
        clientId: client.id,
        name: client.name,
        myRole: membership.role,
        isPrimary: membership.isPrimary,
        primaryClinicianName: team.find((m) => m.isPrimary)?.name ?? '',
        careTeam: team,
        joinedAt: client.createdAt.toISOString(),
        status: client.status,
        signals: {
          messages: messageSignals.get(client.id) ?? null,
          flags: flagSignals.get(client.id) ?? null,
          appointments: appointmentSignals.get(client.id) ?? null,
          stepUp: stepUpSignals.get(client.id) ?? null,
          checkins: checkinSignals.get(client.id) ?? null,
          stability: stabilitySignals.get(client.id) ?? null,
        },
      };
    })
    .sort(compareCaseload);
}

async function myMemberships(ctx: Ctx, now: Date): Promise<Membership[]> {
  return ctx.db
    .select()
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, ctx.actor.practiceId), eq(careTeamMembers.clinicianId, ctx.actor.userId), activeMembership(now)));
}

/**
 * How the caller relates to each caseload client, from the memberships already read and one
 * on-call check: the same relationships `relationshipsTo` finds one client at a time, without
 * a query per client.
 */
async function caseloadAccess(ctx: Ctx, memberships: Membership[], now: Date): Promise<ClientAccess[]> {
  const onCall = await isOnCallNow(ctx.db, ctx.actor, now);
  return memberships.map((m) => {
    const relationships = new Set<Relationship>(membershipRelationships(m));
    if (onCall) relationships.add('onCall');
    return { clientId: m.clientId, relationships, scopes: new Set(m.scopes) };
  });
}
