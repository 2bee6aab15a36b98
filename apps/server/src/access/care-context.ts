import { sql } from 'drizzle-orm';
import { reusableQuery } from '../db/database';
import { careTeamMembers, clients } from '../modules/care-teams/care-teams.tables';
import { users } from '../modules/identity/identity.tables';
import { practices } from '../modules/practices/practices.tables';
import { activeMembership } from './relationships';

/**
 * Several clients' care context in one statement: the client, their practice's zone, country and
 * policies, and their current care team with names. The send reads it on its hottest path (through
 * reply-windows), so it is one reusable statement over the directory that access owns the reads of.
 */
export const careContextsQuery = reusableQuery<Record<string, unknown>, { practiceIds: string[]; clientIds: string[]; nows: string[] }>(() => {
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
