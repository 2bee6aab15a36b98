import { clinicalRows, erasureCount, countRows, ofClient, sumCounts, type EraseClientRecords } from '../../access/erasure-source';
import { careTeamChanges, careTeamMembers } from './care-teams.tables';

/**
 * Who was on the client's care team, and when, holds ids, roles and dates only, and says who may
 * read what the retention rule keeps and who answers for it: kept, past retention too (the
 * pseudonymised client row stays for the same reason). Its change history follows the clinical record.
 */
export const eraseCareTeam: EraseClientRecords = async (tx, input) =>
  sumCounts([
    erasureCount('careTeam', { kept: await countRows(tx, careTeamMembers, ofClient(careTeamMembers, input)) }),
    await clinicalRows('careTeam', tx, input, careTeamChanges),
  ]);
