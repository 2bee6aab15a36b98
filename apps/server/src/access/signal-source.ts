import type { CaseloadSignals } from '@steadfast/contracts';
import type { Db } from '../db/database';
import type { Actor } from '../http/context';
import type { ClientAccess } from './relationships';

/**
 * What a domain module contributes to the caseload (SPEC §2.8): its signals for every caseload
 * client the caller may see them for, keyed by client id, in a fixed number of queries whatever
 * the caseload's size. Each module exports one; `modules/caseload` lists them. A client missing
 * from the map, or a key left out, shows as null: the caller may not see it.
 */
export type SignalSource = (db: Db, actor: Actor, access: readonly ClientAccess[], now: Date) => Promise<Map<string, Partial<CaseloadSignals>>>;

/** Wraps one signal's per-client map as a source's partial signals. */
export async function asSignals<K extends keyof CaseloadSignals>(
  key: K,
  read: Promise<Map<string, NonNullable<CaseloadSignals[K]>>>,
): Promise<Map<string, Partial<CaseloadSignals>>> {
  const byClient = await read;
  return new Map([...byClient].map(([clientId, value]) => [clientId, { [key]: value } as Partial<CaseloadSignals>]));
}

/** Merges several sources' maps client by client. */
export function mergeSignals(maps: readonly Map<string, Partial<CaseloadSignals>>[]): Map<string, Partial<CaseloadSignals>> {
  const merged = new Map<string, Partial<CaseloadSignals>>();
  for (const map of maps) for (const [clientId, part] of map) merged.set(clientId, { ...merged.get(clientId), ...part });
  return merged;
}

/**
 * Each client's time zone: from `access` when the caller has read them already (the caseload does,
 * beside its on-call check), otherwise through `read`, so a source costs no query for what the
 * caseload knows.
 */
export async function timeZonesOf(
  access: readonly ClientAccess[],
  read: (clientIds: string[]) => Promise<readonly { id: string; timeZone: string }[]>,
): Promise<Map<string, string>> {
  if (access.every((a) => a.timeZone !== undefined)) return new Map(access.map((a) => [a.clientId, a.timeZone!]));
  const rows = await read(access.map((a) => a.clientId));
  return new Map(rows.map((r) => [r.id, r.timeZone]));
}
