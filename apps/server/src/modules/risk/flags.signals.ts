import { and, eq, isNull, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import type { CaseloadFlagSignals, RiskLevel } from '@steadfast/contracts';
import type { ClientAccess } from '../../access/relationships';
import { asSignals, type SignalSource } from '../../access/signal-source';
import { allows, clientRules } from '../../access/rules';
import type { Actor } from '../../http/context';
import type { Db } from '../../db/database';
import { riskFlags } from './risk.tables';

/** Imminent before high before concern; among equals, the one whose window ends first (as the triage queue ranks them). */
const urgency = sql`case ${riskFlags.level} when 'imminent' then 3 when 'high' then 2 else 1 end desc, ${riskFlags.dueBy} asc`;

/**
 * Unacknowledged risk flags for a caseload (SPEC §2.8) in one query, whatever its size: only for the
 * clients whose flags the caller may read ('flags.read', the same rule as the triage queue and the
 * flag pages). Clients left out of the map are not the caller's to see.
 */
export async function openFlagSignalsFor(db: Db, actor: Actor, access: readonly ClientAccess[]): Promise<Map<string, CaseloadFlagSignals>> {
  const readable = access.filter((a) => allows(clientRules['flags.read'], a.relationships, a.scopes)).map((a) => a.clientId);
  const signals = new Map<string, CaseloadFlagSignals>(readable.map((id) => [id, { open: 0, highestLevel: null, mostUrgentFlagId: null }]));
  if (readable.length === 0) return signals;
  const rows = await db
    .select({
      clientId: riskFlags.clientId,
      open: sql<number>`count(*)`.mapWith(Number),
      highestLevel: sql<Exclude<RiskLevel, 'none'>>`(array_agg(${riskFlags.level} order by ${urgency}))[1]`,
      mostUrgentFlagId: sql<string>`(array_agg(${riskFlags.id} order by ${urgency}))[1]`,
    })
    .from(riskFlags)
    .where(and(eq(riskFlags.practiceId, actor.practiceId), anyId(riskFlags.clientId, readable), isNull(riskFlags.acknowledgedAt)))
    .groupBy(riskFlags.clientId);
  for (const row of rows) signals.set(row.clientId, row);
  return signals;
}

/** Risk's caseload signal source: open flags. */
export const riskSignals: SignalSource = (db, actor, access) => asSignals('flags', openFlagSignalsFor(db, actor, access));
