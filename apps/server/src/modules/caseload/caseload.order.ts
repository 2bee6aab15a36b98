import type { CaseloadEntry, RiskLevel } from '@steadfast/contracts';

const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, concern: 1, high: 2, imminent: 3 };

/**
 * The caseload's one ordering (SPEC §2.8, as the triage queue ranks): unacknowledged risk first,
 * the highest level at the top; then replies already overdue, the longest overdue first; then
 * the nearest reply due; then everyone else by name.
 */
export function compareCaseload(a: CaseloadEntry, b: CaseloadEntry): number {
  return (
    riskRank(b) - riskRank(a) ||
    Number(isOverdue(b)) - Number(isOverdue(a)) ||
    replyDue(a) - replyDue(b) ||
    a.name.localeCompare(b.name) ||
    a.clientId.localeCompare(b.clientId)
  );
}

/** 0 with no open flag the caller may see, else 1 + the level's rank. */
function riskRank(entry: CaseloadEntry): number {
  const flags = entry.signals.flags;
  return flags && flags.open > 0 ? 1 + LEVEL_RANK[flags.highestLevel ?? 'concern'] : 0;
}

function isOverdue(entry: CaseloadEntry): boolean {
  return entry.signals.messages?.nextReplyDue?.overdue ?? false;
}

/** When the next promised reply is due; clients with none sort after every client with one. */
function replyDue(entry: CaseloadEntry): number {
  const due = entry.signals.messages?.nextReplyDue;
  return due ? Date.parse(due.at) : Number.POSITIVE_INFINITY;
}
