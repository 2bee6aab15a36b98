import { and, eq, inArray } from 'drizzle-orm';
import type { CareTeamMember } from '@steadfast/contracts';
import { activeMembership } from '../../access/relationships';
import type { Db } from '../../db/database';
import { personName } from '../../access/people';
import { careTeamMembers, clients } from './care-teams.tables';

/** Current care-team members of the given clients, grouped by client. */
export async function careTeamsOf(db: Db, practiceId: string, clientIds: string[], now: Date): Promise<Map<string, CareTeamMember[]>> {
  const teams = new Map<string, CareTeamMember[]>();
  if (clientIds.length === 0) return teams;
  const rows = await db
    .select({ member: careTeamMembers, name: personName(careTeamMembers.clinicianId) })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, practiceId), inArray(careTeamMembers.clientId, clientIds), activeMembership(now)));
  for (const { member, name } of rows) {
    const list = teams.get(member.clientId) ?? [];
    list.push({ clinicianId: member.clinicianId, name, role: member.role, isPrimary: member.isPrimary, scopes: member.scopes });
    teams.set(member.clientId, list);
  }
  for (const list of teams.values()) list.sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name));
  return teams;
}

/** Clients with their user's name, for the given ids in one practice. */
export async function clientsWithNames(db: Db, practiceId: string, clientIds: string[]) {
  if (clientIds.length === 0) return [];
  return db
    .select({
      id: clients.id,
      name: personName(clients.userId),
      status: clients.status,
      createdAt: clients.createdAt,
      userId: clients.userId,
      timeZone: clients.timeZone,
    })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), inArray(clients.id, clientIds)));
}

/** The clients a clinician is primary clinician for at `at`, with their user ids (who to tell of an absence). */
export async function primaryClientsOf(db: Db, practiceId: string, clinicianId: string, at: Date): Promise<{ clientId: string; userId: string }[]> {
  return db
    .select({ clientId: clients.id, userId: clients.userId })
    .from(careTeamMembers)
    .innerJoin(clients, and(eq(clients.practiceId, careTeamMembers.practiceId), eq(clients.id, careTeamMembers.clientId)))
    .where(
      and(eq(careTeamMembers.practiceId, practiceId), eq(careTeamMembers.clinicianId, clinicianId), eq(careTeamMembers.isPrimary, true), activeMembership(at)),
    );
}
