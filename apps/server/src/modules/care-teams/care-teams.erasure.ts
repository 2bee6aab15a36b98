import { and, eq, isNull } from 'drizzle-orm';
import { clinicalRows, erasureCount, countRows, ofClient, sumCounts, type EraseClientRecords } from '../../access/erasure-source';
import { careTeamChanges, careTeamMembers, clients } from './care-teams.tables';

/**
 * Who was on the client's care team, and when, holds ids, roles and dates only, and says who may
 * read what the retention rule keeps and who answers for it: kept, past retention too (the
 * pseudonymised client row stays for the same reason). Its change history follows the clinical record.
 * The client row is marked erased (once: a repeat keeps the first date), so nothing more is written about them.
 */
export const eraseCareTeam: EraseClientRecords = async (tx, input) => {
  await tx
    .update(clients)
    .set({ erasedAt: input.at })
    .where(and(eq(clients.practiceId, input.practiceId), eq(clients.id, input.clientId), isNull(clients.erasedAt)));
  return sumCounts([
    erasureCount('careTeam', { kept: await countRows(tx, careTeamMembers, ofClient(careTeamMembers, input)) }),
    await clinicalRows('careTeam', tx, input, careTeamChanges),
  ]);
};
