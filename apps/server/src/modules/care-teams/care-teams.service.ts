import { and, eq } from 'drizzle-orm';
import type { CaseloadEntry, ClientProfile } from '@steadfast/contracts';
import { activeMembership } from '../../access/relationships';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { audit } from '../audit/audit.service';
import { careTeamMembers } from './care-teams.tables';
import { careTeamsOf, clientsWithNames } from './care-teams.queries';

/** A clinician's caseload: every client whose care team they are on now (SPEC §2.8). */
export async function getCaseload(ctx: Ctx): Promise<CaseloadEntry[]> {
  const now = ctx.clock.now();
  const memberships = await ctx.db
    .select()
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, ctx.actor.practiceId), eq(careTeamMembers.clinicianId, ctx.actor.userId), activeMembership(now)));
  const ids = memberships.map((m) => m.clientId);
  const [rows, teams] = await Promise.all([clientsWithNames(ctx.db, ctx.actor.practiceId, ids), careTeamsOf(ctx.db, ctx.actor.practiceId, ids, now)]);
  await audit(ctx, { action: 'caseload.view', subjectType: 'caseload', subjectId: ctx.actor.userId });
  return rows
    .map((client) => {
      const mine = memberships.find((m) => m.clientId === client.id)!;
      const team = teams.get(client.id) ?? [];
      return {
        clientId: client.id,
        name: client.name,
        myRole: mine.role,
        isPrimary: mine.isPrimary,
        primaryClinicianName: team.find((m) => m.isPrimary)?.name ?? '',
        careTeam: team,
        joinedAt: client.createdAt.toISOString(),
        status: client.status,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One client's profile and care team, for anyone allowed to see the client (route checks 'client.view'). */
export async function getClientProfile(ctx: Ctx, clientId: string): Promise<ClientProfile> {
  const now = ctx.clock.now();
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (!client) throw notFound('client');
  const teams = await careTeamsOf(ctx.db, ctx.actor.practiceId, [clientId], now);
  await audit(ctx, { action: 'client.view', clientId, subjectType: 'client', subjectId: clientId });
  return { clientId, name: client.name, careTeam: teams.get(clientId) ?? [], status: client.status };
}
