import { and, eq, sql } from 'drizzle-orm';
import type { CareScope } from '@steadfast/contracts';
import { reusableQuery, type Db } from '../../db/database';
import { activeMembership } from '../../access/relationships';
import { careTeamMembers, clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';
import { practices } from '../practices/practices.tables';

export interface CareTeamEntry {
  clinicianId: string;
  name: string;
  isPrimary: boolean;
  role: string;
  scopes: CareScope[];
}

/** What a reply window, and a send, depend on: the practice policy, the client and their current care team. */
export interface ReplyContext {
  clientId: string;
  clientUserId: string;
  clientTimeZone: string;
  policies: Record<string, unknown>;
  practiceTimeZone: string;
  country: string;
  careTeam: CareTeamEntry[];
}

/**
 * One round trip on a send's hot path, so built once (reusableQuery): rendering it from its column
 * objects on every call cost more Node CPU than the round trip itself. Undefined when the client is
 * not in the practice.
 */
export async function findReplyContext(db: Db, practiceId: string, clientId: string, now: Date): Promise<ReplyContext | undefined> {
  const [row] = await replyContextQuery(db, { practiceId, clientId, now });
  if (!row) return undefined;
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    clientId,
    clientUserId: String(row.user_id),
    clientTimeZone: String(row.client_time_zone),
    policies: parse<Record<string, unknown>>(row.policies) ?? {},
    practiceTimeZone: String(row.practice_time_zone),
    country: String(row.country),
    careTeam: parse<CareTeamEntry[]>(row.care_team),
  };
}

const replyContextQuery = reusableQuery<Record<string, unknown>, { practiceId: string; clientId: string; now: Date }>(() => {
  const m = careTeamMembers;
  return sql`select ${clients.userId} as user_id, ${clients.timeZone} as client_time_zone, ${practices.policies} as policies,
        ${practices.timeZone} as practice_time_zone, ${practices.country} as country,
        coalesce((
          select json_agg(json_build_object('clinicianId', ${m.clinicianId}, 'name', ${users.name}, 'isPrimary', ${m.isPrimary}, 'role', ${m.role}, 'scopes', ${m.scopes}))
          from ${m} join ${users} on ${users.id} = ${m.clinicianId}
          where ${m.practiceId} = ${clients.practiceId} and ${m.clientId} = ${clients.id} and ${activeMembership(sql.placeholder('now'))}
        ), '[]'::json) as care_team
      from ${clients} join ${practices} on ${practices.id} = ${clients.practiceId}
      where ${clients.practiceId} = ${sql.placeholder('practiceId')} and ${clients.id} = ${sql.placeholder('clientId')}`;
});

export async function findUserName(db: Db, practiceId: string, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: users.name }).from(users).where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
  return row?.name;
}
