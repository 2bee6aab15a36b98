import { and, eq, inArray } from 'drizzle-orm';
import { clinicalRows, countRows, erasureCount, ofClient, removeRows, type EraseClientRecords } from '../../access/erasure-source';
import { flagEvents, riskFlags, riskFormulations } from './risk.tables';

/**
 * Risk flags with their escalation history and acknowledgements, and risk formulations: the
 * record of risk and of what was done about it (SPEC §2.9), kept within retention. Past it, each
 * flag's history goes before the flag (its foreign key); the count is of flags.
 */
export const eraseRisk: EraseClientRecords = async (tx, input) => {
  const flags = ofClient(riskFlags, input);
  let flagCount;
  if (input.keepClinical) flagCount = erasureCount('riskFlags', { kept: await countRows(tx, riskFlags, flags) });
  else {
    const flagIds = tx.select({ id: riskFlags.id }).from(riskFlags).where(flags);
    await removeRows(tx, flagEvents, and(eq(flagEvents.practiceId, input.practiceId), inArray(flagEvents.flagId, flagIds))!);
    flagCount = erasureCount('riskFlags', { removed: await removeRows(tx, riskFlags, flags) });
  }
  return [flagCount, await clinicalRows('riskFormulations', tx, input, riskFormulations)];
};
