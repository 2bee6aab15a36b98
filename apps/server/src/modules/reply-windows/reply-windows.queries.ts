import type { CareScope } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { groupedPerDatabase } from '../../db/group-commit';
import { careContextsQuery } from '../../access/care-context';

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
  const rows = await careContextsQuery(db, {
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
