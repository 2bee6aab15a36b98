import type { TriageItem, TriageQueue } from '@steadfast/contracts';
import { careTeamClientIds, isOnCallNow } from '../../access/relationships';
import { withDb, type Ctx } from '../../http/context';
import { escalationPolicyOf } from '../on-call';
import { flagTriageItems } from './flags.service';
import type { SourceTextReaders } from './flags.sources';

/** Whose items a queue holds: the caller's care-team clients, or every client of the practice while on call. */
export interface TriageScope {
  clientIds: readonly string[] | 'all';
  onCallNow: boolean;
}

/** Something that puts items in the triage queue, within the caller's scope and access. */
export type TriageSource = (ctx: Ctx, scope: TriageScope) => Promise<TriageItem[]>;

/**
 * What fills the queue. Risk flags are the first source; others (open `soon` messages near their
 * reply window) add theirs here, and the one ordering below ranks them all.
 */
function triageSources(readers: SourceTextReaders): readonly TriageSource[] {
  return [(ctx, scope) => flagTriageItems(ctx, readers, scope.clientIds)];
}

const LEVEL_RANK = { none: 0, concern: 1, high: 2, imminent: 3 } as const;

/**
 * The caller's triage queue (SPEC §2.8, §2.9): unacknowledged risk first, imminent before high,
 * then whatever is closest to breaching its window; handled items after, most recent first.
 */
export async function getTriageQueue(ctx: Ctx, readers: SourceTextReaders): Promise<TriageQueue> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    const onCallNow = await isOnCallNow(tx, ctx.actor, now);
    const clientIds = onCallNow ? 'all' : (await careTeamClientIds(tx, ctx.actor, now)).map((r) => r.id);
    const items: TriageItem[] = [];
    for (const source of triageSources(readers)) items.push(...(await source(txCtx, { clientIds, onCallNow })));
    return { items: items.sort(compareTriage), onCallNow, policy: await escalationPolicyOf(tx, ctx.actor.practiceId) };
  });
}

/** The queue's one ordering. */
export function compareTriage(a: TriageItem, b: TriageItem): number {
  const openA = !a.acknowledgedAt;
  const openB = !b.acknowledgedAt;
  if (openA !== openB) return openA ? -1 : 1;
  if (!openA) return b.acknowledgedAt!.localeCompare(a.acknowledgedAt!);
  return LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || Date.parse(a.dueBy) - Date.parse(b.dueBy) || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}
