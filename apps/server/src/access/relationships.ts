import { and, eq, gt, isNull, lte, or, sql, type AnyColumn, type Placeholder, type SQL } from 'drizzle-orm';
import type { CareScope } from '@steadfast/contracts';
import { qualified } from '../db/columns';
import { reusableQuery, type Db } from '../db/database';
import { clinicianAbsences } from '../modules/agreements/agreements.tables';
import { careTeamMembers, clients } from '../modules/care-teams/care-teams.tables';
import { onCallShifts } from '../modules/on-call/on-call.tables';
import type { Actor } from '../http/context';
import type { Relationship } from './rules';

export interface ClientAccess {
  clientId: string;
  relationships: ReadonlySet<Relationship>;
  scopes: ReadonlySet<CareScope>;
  /** When the actor is the named cover of the primary clinician's absence: the absence's start. */
  coverFrom?: Date;
  /** The client's record was erased (issue 18): it may still be read, never written to (http/auth.ts). */
  erased?: true;
  /** The client's time zone, when the caller has read it already (the caseload): signal sources need it and need not read it again. */
  timeZone?: string;
}

/**
 * How the actor relates to a client of their own practice, or undefined when the client is
 * invisible to them (missing, another practice, or no relationship): callers answer 404.
 */
export async function relationshipsTo(db: Db, actor: Actor, clientId: string, now: Date): Promise<ClientAccess | undefined> {
  // A client relates only to themselves, and their client record was read with their session
  // (same practice), so no query is needed: any other id is invisible to them either way.
  if (actor.role === 'client') return actor.clientId === clientId ? { clientId, relationships: new Set(['self']), scopes: new Set() } : undefined;
  const found = await clientWithMembership(db, actor, clientId, now);
  if (!found) return undefined;

  const relationships = new Set<Relationship>();
  const scopes = new Set<CareScope>();
  if (actor.role === 'admin') {
    relationships.add('admin');
  } else {
    if (found.member) {
      membershipRelationships(found.member).forEach((r) => relationships.add(r));
      found.member.scopes.forEach((scope) => scopes.add(scope));
    }
    if (found.onCall) relationships.add('onCall');
    if (found.coverFrom) relationships.add('cover');
  }
  if (relationships.size === 0) return undefined;
  return { clientId, relationships, scopes, ...(found.coverFrom ? { coverFrom: found.coverFrom } : {}), ...(found.erased ? { erased: true } : {}) };
}

/**
 * The client (of the actor's practice), whether their record was erased, the actor's current
 * care-team membership of them, and whether the actor is on call now, in one round trip: every request about a client asks this
 * first, so the statement is built once (reusableQuery) rather than rendered on every request.
 */
async function clientWithMembership(db: Db, actor: Actor, clientId: string, now: Date) {
  const [row] = await clientWithMembershipQuery(db, { practiceId: actor.practiceId, clientId, userId: actor.userId, now });
  if (!row) return undefined;
  const membership = row.role === null ? undefined : { isPrimary: Boolean(row.is_primary), role: row.role, scopes: parseJson<CareScope[]>(row.scopes) ?? [] };
  return { member: membership, onCall: Boolean(row.on_call), coverFrom: row.cover_from ? new Date(row.cover_from) : undefined, erased: Boolean(row.erased) };
}

interface MembershipRow {
  is_primary: boolean | null;
  role: string | null;
  scopes: unknown;
  on_call: boolean;
  cover_from: string | Date | null;
  erased: boolean;
}

const clientWithMembershipQuery = reusableQuery<MembershipRow, { practiceId: string; clientId: string; userId: string; now: Date }>(() => {
  const m = careTeamMembers;
  const s = onCallShifts;
  const a = clinicianAbsences;
  const practiceId = sql.placeholder('practiceId');
  const clientId = sql.placeholder('clientId');
  const userId = sql.placeholder('userId');
  const now = sql.placeholder('now');
  return sql`select member.is_primary, member.role, member.scopes, ${clients.erasedAt} is not null as erased,
        exists (
          select 1 from ${s}
          where ${s.practiceId} = ${practiceId} and ${s.startsAt} <= ${now} and ${s.endsAt} > ${now}
            and (${s.clinicianId} = ${userId} or ${s.backupClinicianId} = ${userId})
        ) as on_call,
        (
          select min(${a.startsAt}) from ${a}
          join ${m} on ${m.practiceId} = ${a.practiceId} and ${m.clinicianId} = ${a.clinicianId} and ${m.clientId} = ${clientId} and ${m.isPrimary} and ${activeMembership(now)}
          where ${a.practiceId} = ${practiceId} and ${a.coverClinicianId} = ${userId} and ${a.cancelledAt} is null and ${a.startsAt} <= ${now} and ${a.endsAt} > ${now}
        ) as cover_from
      from ${clients}
      left join lateral (
        select ${m.isPrimary} as is_primary, ${m.role} as role, ${m.scopes} as scopes from ${m}
        where ${m.practiceId} = ${practiceId} and ${m.clientId} = ${clientId} and ${m.clinicianId} = ${userId} and ${activeMembership(now)}
        limit 1
      ) member on true
      where ${clients.practiceId} = ${practiceId} and ${clients.id} = ${clientId}`;
});

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** The relationships one care-team membership gives; list queries (recipients, event streams) use it too. */
export function membershipRelationships(member: { isPrimary: boolean; role: string }): Relationship[] {
  const found: Relationship[] = ['careTeam'];
  if (member.isPrimary) found.push('primary');
  if (member.role === 'therapist' || member.role === 'co_therapist') found.push('therapist');
  return found;
}

/**
 * A membership counts from its start until its end (a handover's overlap ends it on a date).
 * `now` may be a placeholder (`sql.placeholder('now')`), so that a statement built once can use it.
 */
export function activeMembership(now: Date | Placeholder | SQL) {
  return and(lte(careTeamMembers.startsAt, now), or(isNull(careTeamMembers.endsAt), gt(careTeamMembers.endsAt, now)));
}

/** "Who is on call now" is one query (issue 5); the backup on a live shift counts too. */
export async function isOnCallNow(db: Db, actor: Actor, now: Date): Promise<boolean> {
  const [row] = await onCallNowQuery(db, actor, now);
  return Boolean(row);
}

function onCallNowQuery(db: Db, actor: Actor, now: Date) {
  return db
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
}

/**
 * Clients this clinician cares for right now (for list queries such as triage): those whose care
 * team they are on, and those whose primary clinician is away with them as the named cover.
 */
export function careTeamClientIds(db: Db, actor: Actor, now: Date) {
  const covered = db
    .select({ id: careTeamMembers.clientId })
    .from(careTeamMembers)
    .innerJoin(clinicianAbsences, primaryAwayJoin)
    .where(coveredNowBy(actor, now));
  return db
    .select({ id: careTeamMembers.clientId })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, actor.practiceId), eq(careTeamMembers.clinicianId, actor.userId), activeMembership(now)))
    .union(covered);
}

/** A care-team member's absences (joined to `careTeamMembers`). */
const primaryAwayJoin = and(eq(clinicianAbsences.practiceId, careTeamMembers.practiceId), eq(clinicianAbsences.clinicianId, careTeamMembers.clinicianId));

/** The primary clinician is away now with the actor as the named cover: the `cover` relationship's rule. */
function coveredNowBy(actor: Actor, now: Date) {
  const a = clinicianAbsences;
  return and(
    eq(careTeamMembers.practiceId, actor.practiceId),
    eq(careTeamMembers.isPrimary, true),
    activeMembership(now),
    eq(a.coverClinicianId, actor.userId),
    isNull(a.cancelledAt),
    lte(a.startsAt, now),
    gt(a.endsAt, now),
  );
}

/** A client this clinician covers now: their primary clinician is away with this clinician as the named cover. */
export interface CoveredClient {
  clientId: string;
  /** When the cover began (the absence's start): the conversation is theirs to read from then. */
  coverFrom: Date;
  /** When the primary clinician is back. */
  until: Date;
}

/**
 * The clients this clinician covers right now (SPEC §2.3), one query: the same rule as the
 * `cover` relationship (`relationshipsTo`) and `careTeamClientIds`, for the caseload.
 */
export async function coveredClientsOf(db: Db, actor: Actor, now: Date): Promise<CoveredClient[]> {
  const a = clinicianAbsences;
  const rows = await db
    .select({ clientId: careTeamMembers.clientId, coverFrom: sql<Date>`min(${a.startsAt})`, until: sql<Date>`max(${a.endsAt})` })
    .from(careTeamMembers)
    .innerJoin(a, primaryAwayJoin)
    .where(coveredNowBy(actor, now))
    .groupBy(careTeamMembers.clientId);
  return rows.map((r) => ({ clientId: r.clientId, coverFrom: new Date(r.coverFrom), until: new Date(r.until) }));
}

/** The clinician's current care-team memberships: their caseload, and what their event stream may carry. */
export async function activeMembershipsOf(db: Db, actor: Actor, now: Date) {
  return db
    .select({ clientId: careTeamMembers.clientId, isPrimary: careTeamMembers.isPrimary, role: careTeamMembers.role, scopes: careTeamMembers.scopes })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, actor.practiceId), eq(careTeamMembers.clinicianId, actor.userId), activeMembership(now)));
}

/** A client's current care team, for working out who is told about something. */
export async function careTeamOf(db: Db, practiceId: string, clientId: string, now: Date) {
  return db
    .select({ clinicianId: careTeamMembers.clinicianId, isPrimary: careTeamMembers.isPrimary, role: careTeamMembers.role, scopes: careTeamMembers.scopes })
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.practiceId, practiceId), eq(careTeamMembers.clientId, clientId), activeMembership(now)));
}

/** True, beside each row of a query, when the person is on the client's care team now. */
export function onCareTeamNow(practiceId: AnyColumn, clinicianId: AnyColumn, clientId: string, now: Date): SQL<boolean> {
  const m = careTeamMembers;
  return sql<boolean>`exists (select 1 from ${m} where ${qualified(m.practiceId)} = ${qualified(practiceId)} and ${qualified(m.clinicianId)} = ${qualified(clinicianId)} and ${qualified(m.clientId)} = ${clientId} and ${activeMembership(now)})`;
}
