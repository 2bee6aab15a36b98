import { and, asc, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import { alias } from 'drizzle-orm/pg-core';
import type { CareTeamMember } from '@steadfast/contracts';
import { activeMembership } from '../../access/relationships';
import type { Db } from '../../db/database';
import { personName } from '../../access/people';
import { careTeamChanges, careTeamMembers, clients } from './care-teams.tables';

/** Current care-team members of the given clients, grouped by client. */
export async function careTeamsOf(db: Db, practiceId: string, clientIds: string[], now: Date): Promise<Map<string, CareTeamMember[]>> {
  const teams = new Map<string, CareTeamMember[]>();
  if (clientIds.length === 0) return teams;
  const rows = await db
    .select({ member: careTeamMembers, name: personName(careTeamMembers.clinicianId) })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, practiceId), anyId(careTeamMembers.clientId, clientIds), activeMembership(now)));
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
      erasedAt: clients.erasedAt,
    })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), anyId(clients.id, clientIds)));
}

/** Every client of the practice by name, with their primary clinician at `now` (null only in a gap no handover should leave). */
export async function practiceClientsWithPrimary(db: Db, practiceId: string, now: Date) {
  const primary = alias(careTeamMembers, 'primary_member');
  const name = personName(clients.userId);
  return db
    .select({ id: clients.id, name, status: clients.status, primaryId: primary.clinicianId, primaryName: personName(primary.clinicianId) })
    .from(clients)
    .leftJoin(
      primary,
      and(
        eq(primary.practiceId, clients.practiceId),
        eq(primary.clientId, clients.id),
        eq(primary.isPrimary, true),
        lte(primary.startsAt, now),
        or(isNull(primary.endsAt), gt(primary.endsAt, now)),
      ),
    )
    .where(eq(clients.practiceId, practiceId))
    .orderBy(asc(name), asc(clients.id));
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

/** Every membership of one client, current, upcoming and ended, with each clinician's name. */
export async function membershipsOf(db: Db, practiceId: string, clientId: string) {
  return db
    .select({ member: careTeamMembers, name: personName(careTeamMembers.clinicianId) })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, practiceId), eq(careTeamMembers.clientId, clientId)))
    .orderBy(desc(careTeamMembers.isPrimary), asc(careTeamMembers.startsAt));
}

/** The clinician's membership of the client that has not ended by `now` (current or upcoming): at most one. */
export async function openMembership(db: Db, practiceId: string, clientId: string, clinicianId: string, now: Date) {
  const [row] = await db
    .select()
    .from(careTeamMembers)
    .where(
      and(
        eq(careTeamMembers.practiceId, practiceId),
        eq(careTeamMembers.clientId, clientId),
        eq(careTeamMembers.clinicianId, clinicianId),
        or(isNull(careTeamMembers.endsAt), gt(careTeamMembers.endsAt, now)),
      ),
    )
    .limit(1);
  return row;
}

/**
 * The client whose team changes, locked: changes to one team go one at a time, so two requests
 * cannot both add the same clinician (membership periods never overlap).
 */
export async function lockClient(db: Db, practiceId: string, clientId: string) {
  const [row] = await db
    .select({ userId: clients.userId, timeZone: clients.timeZone })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)))
    .for('update');
  return row;
}

/** Changes to care teams by id, with the member's name and the client's time zone: the facts of each notice. */
export async function changesByIds(db: Db, practiceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ change: careTeamChanges, name: personName(careTeamChanges.clinicianId), timeZone: clients.timeZone })
    .from(careTeamChanges)
    .innerJoin(clients, and(eq(clients.practiceId, careTeamChanges.practiceId), eq(clients.id, careTeamChanges.clientId)))
    .where(and(eq(careTeamChanges.practiceId, practiceId), inArray(careTeamChanges.id, [...ids])));
}
