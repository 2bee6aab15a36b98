import { and, eq, inArray } from 'drizzle-orm';
import type { CareTeamMember } from '@steadfast/contracts';
import { activeMembership } from '../../access/relationships';
import type { Db } from '../../db/database';
import { users } from '../identity/identity.tables';
import { careTeamMembers, clients } from './care-teams.tables';

/** Current care-team members of the given clients, grouped by client. */
export async function careTeamsOf(db: Db, practiceId: string, clientIds: string[], now: Date): Promise<Map<string, CareTeamMember[]>> {
  const teams = new Map<string, CareTeamMember[]>();
  if (clientIds.length === 0) return teams;
  const rows = await db
    .select({ member: careTeamMembers, name: users.name })
    .from(careTeamMembers)
    .innerJoin(users, eq(users.id, careTeamMembers.clinicianId))
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
    .select({ id: clients.id, name: users.name, status: clients.status, createdAt: clients.createdAt, userId: clients.userId, timeZone: clients.timeZone })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.userId))
    .where(and(eq(clients.practiceId, practiceId), inArray(clients.id, clientIds)));
}
