import { and, eq, sql } from 'drizzle-orm';
import type { CareScope } from '@steadfast/contracts';
import { reusableQuery, type Db } from '../../db/database';
import { groupedPerDatabase } from '../../db/group-commit';
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

export interface ContextRequest {
  practiceId: string;
  clientId: string;
  now: Date;
}

/** One client's context; undefined when the client is not in the practice. */
export async function findReplyContext(db: Db, practiceId: string, clientId: string, now: Date): Promise<ReplyContext | undefined> {
  const [context] = await findReplyContexts(db, [{ practiceId, clientId, now }]);
  return context;
}

/**
 * The send's context read shared with the reads in flight beside it (db/group-commit.ts): for a
 * send outside a transaction. Each answer is as fresh as a read of its own.
 */
export const findReplyContextGrouped = groupedPerDatabase((db, requests: ContextRequest[]) => findReplyContexts(db, requests));

/**
 * Several clients' contexts in one round trip, in the order asked (undefined for a client not in
 * its practice). Built once (reusableQuery), with the requests as lists: rendering it from its
 * column objects on every call cost more Node CPU than the round trip itself.
 */
export async function findReplyContexts(db: Db, requests: readonly ContextRequest[]): Promise<(ReplyContext | undefined)[]> {
  const rows = await replyContextsQuery(db, {
    practiceIds: requests.map((r) => r.practiceId),
    clientIds: requests.map((r) => r.clientId),
    nows: requests.map((r) => r.now.toISOString()),
  });
  const byOrder = new Map(rows.map((row) => [Number(row.ord), row]));
  return requests.map((request, i) => {
    const row = byOrder.get(i + 1);
    return row ? toReplyContext(request.clientId, row) : undefined;
  });
}

function toReplyContext(clientId: string, row: Record<string, unknown>): ReplyContext {
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

const replyContextsQuery = reusableQuery<Record<string, unknown>, { practiceIds: string[]; clientIds: string[]; nows: string[] }>(() => {
  const m = careTeamMembers;
  return sql`select v.ord, ${clients.userId} as user_id, ${clients.timeZone} as client_time_zone, ${practices.policies} as policies,
        ${practices.timeZone} as practice_time_zone, ${practices.country} as country,
        coalesce((
          select json_agg(json_build_object('clinicianId', ${m.clinicianId}, 'name', ${users.name}, 'isPrimary', ${m.isPrimary}, 'role', ${m.role}, 'scopes', ${m.scopes}))
          from ${m} join ${users} on ${users.id} = ${m.clinicianId}
          where ${m.practiceId} = ${clients.practiceId} and ${m.clientId} = ${clients.id} and ${activeMembership(sql`v.now`)}
        ), '[]'::json) as care_team
      from unnest(${sql.placeholder('practiceIds')}::uuid[], ${sql.placeholder('clientIds')}::uuid[], ${sql.placeholder('nows')}::timestamptz[])
        with ordinality as v(practice_id, client_id, now, ord)
      join ${clients} on ${clients.practiceId} = v.practice_id and ${clients.id} = v.client_id
      join ${practices} on ${practices.id} = ${clients.practiceId}`;
});

export async function findUserName(db: Db, practiceId: string, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
  return row?.name;
}
