import type { FlagSourceType } from '@steadfast/contracts';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules, type ClientAction } from '../../access/rules';
import type { Ctx } from '../../http/context';

/**
 * Which permission lets a clinician read the words a flag came from. A flag is visible to the
 * whole care team and on-call; its words only to those who may read their source (a GP without
 * the messages scope sees that a message raised a flag, not what it says).
 */
export const sourceReadAction = {
  message: 'messages.read',
  checkin: 'checkins.read',
  measure: 'measures.read',
  peer_post: 'messages.read',
} as const satisfies Record<FlagSourceType, ClientAction>;

export interface FlagAccess {
  /** The caller has some relationship to the client (else the flag is simply not found). */
  visible: boolean;
  read: boolean;
  acknowledge: boolean;
  /** Source types whose words this person may read for this client. */
  sources: ReadonlySet<FlagSourceType>;
}

const NONE: FlagAccess = { visible: false, read: false, acknowledge: false, sources: new Set() };

/** What the caller may do with each client's flags, from the one permission table (access/rules.ts). */
export async function flagAccessFor(ctx: Ctx, clientIds: readonly string[]): Promise<Map<string, FlagAccess>> {
  const result = new Map<string, FlagAccess>();
  const now = ctx.clock.now();
  // One after another: inside a transaction these share one connection.
  for (const clientId of new Set(clientIds)) {
    const access = await relationshipsTo(ctx.db, ctx.actor, clientId, now);
    if (!access) {
      result.set(clientId, NONE);
      continue;
    }
    const can = (action: ClientAction) => allows(clientRules[action], access.relationships, access.scopes);
    const sources = new Set((Object.keys(sourceReadAction) as FlagSourceType[]).filter((type) => can(sourceReadAction[type])));
    result.set(clientId, { visible: true, read: can('flags.read'), acknowledge: can('flags.acknowledge'), sources });
  }
  return result;
}
