import type { CaseloadEntry, RiskLevel } from '@steadfast/contracts';

const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, concern: 1, high: 2, imminent: 3 };

/**
 * The caseload's one ordering, by need (SPEC §2.8; risk ranks as the triage queue ranks it):
 * unacknowledged risk first, the highest level at the top; then replies already overdue, the
 * longest overdue first; then the nearest reply due; then what asks the clinician to look
 * without a clock on it: a step-down plan's signals to step back up, self-neglect in check-ins,
 * a stable stretch (sooner when the client's okay plan says calm can feel unsafe, then the
 * longest); then everyone else by name.
 */
export function compareCaseload(a: CaseloadEntry, b: CaseloadEntry): number {
  return (
    riskRank(b) - riskRank(a) ||
    Number(isOverdue(b)) - Number(isOverdue(a)) ||
    replyDue(a) - replyDue(b) ||
    lookRank(b) - lookRank(a) ||
    stableDays(b) - stableDays(a) ||
    a.name.localeCompare(b.name) ||
    a.clientId.localeCompare(b.clientId)
  );
}

/** Signals with no deadline, most pressing highest: step back up 4, self-neglect 3, a stable stretch the okay plan worries about 2, any stable stretch 1. */
function lookRank(entry: CaseloadEntry): number {
  const { stepUp, checkins, stability } = entry.signals;
  if (stepUp && stepUp.raised.length > 0) return 4;
  if (checkins?.selfNeglect.concern) return 3;
  if (stability) return stability.okayPlanSaysVulnerable ? 2 : 1;
  return 0;
}

function stableDays(entry: CaseloadEntry): number {
  return entry.signals.stability?.days ?? 0;
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
