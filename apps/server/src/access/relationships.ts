import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { CareScope } from '@steadfast/contracts';
import type { Db } from '../db/database';
import { careTeamMembers, clients, onCallShifts } from '../modules/care-teams/care-teams.tables';
import type { Actor } from '../http/context';
import type { Relationship } from './rules';

export interface ClientAccess {
  clientId: string;
  relationships: ReadonlySet<Relationship>;
  scopes: ReadonlySet<CareScope>;
}

/**
 * How the actor relates to a client of their own practice, or undefined when the client is
 * invisible to them (missing, another practice, or no relationship): callers answer 404.
 */
export async function relationshipsTo(db: Db, actor: Actor, clientId: string, now: Date): Promise<ClientAccess | undefined> {
  const [client] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.practiceId, actor.practiceId), eq(clients.id, clientId)));
  if (!client) return undefined;

  const relationships = new Set<Relationship>();
  const scopes = new Set<CareScope>();
  if (actor.role === 'client') {
    if (actor.clientId === clientId) relationships.add('self');
  } else if (actor.role === 'admin') {
    relationships.add('admin');
  } else {
    await addCareTeamRelationships(db, actor, clientId, now, relationships, scopes);
    if (await isOnCallNow(db, actor, now)) relationships.add('onCall');
  }
  return relationships.size > 0 ? { clientId, relationships, scopes } : undefined;
}

async function addCareTeamRelationships(
  db: Db,
  actor: Actor,
  clientId: string,
  now: Date,
  relationships: Set<Relationship>,
  scopes: Set<CareScope>,
): Promise<void> {
  const [member] = await db
    .select()
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, actor.practiceId), eq(careTeamMembers.clientId, clientId), eq(careTeamMembers.clinicianId, actor.userId), activeMembership(now)));
  if (!member) return;
  membershipRelationships(member).forEach((r) => relationships.add(r));
  member.scopes.forEach((s) => scopes.add(s));
}

/** The relationships one care-team membership gives; list queries (recipients, event streams) use it too. */
export function membershipRelationships(member: { isPrimary: boolean; role: string }): Relationship[] {
  const found: Relationship[] = ['careTeam'];
  if (member.isPrimary) found.push('primary');
  if (member.role === 'therapist' || member.role === 'co_therapist') found.push('therapist');
  return found;
}

/** A membership counts from its start until its end (a handover's overlap ends it on a date). */
export function activeMembership(now: Date) {
  return and(lte(careTeamMembers.startsAt, now), or(isNull(careTeamMembers.endsAt), gt(careTeamMembers.endsAt, now)));
}

/** "Who is on call now" is one query (issue 5); the backup on a live shift counts too. */
export async function isOnCallNow(db: Db, actor: Actor, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(onCallShifts)
    .where(
      and(
        eq(onCallShifts.practiceId, actor.practiceId),
        lte(onCallShifts.startsAt, now),
        gt(onCallShifts.endsAt, now),
        or(eq(onCallShifts.clinicianId, actor.userId), eq(onCallShifts.backupClinicianId, actor.userId)),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** SQL condition: clients this clinician is on the care team of right now (for list queries). */
export function careTeamClientIds(db: Db, actor: Actor, now: Date) {
  return db
    .select({ id: careTeamMembers.clientId })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, actor.practiceId), eq(careTeamMembers.clinicianId, actor.userId), activeMembership(now)));
}
