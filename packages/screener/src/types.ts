/** Risk levels, lowest first. The order is the contract: SPEC §4 fixes these four names. */
export const RISK_LEVELS = ['none', 'concern', 'high', 'imminent'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Why a text was flagged. `construct` is a Suicide Risk Lexicon construct name where one
 * maps (e.g. `passive_suicidal_ideation`), optionally followed by `:context` when a context
 * rule changed the level (`:past`, `:third_party`, `:quoted`, `:now`, `:jocular`, `:escalated`, `:hedged`,
 * `:asked`), or `:combined` on weak cues that count because several kinds are present.
 * `span` is [start, end) in UTF-16 offsets of the original text, so `text.slice(...span)`
 * is exactly the words a clinician should look at.
 */
export interface RiskReason {
  phrase: string;
  construct: string;
  span: [number, number];
}

export interface ScreenResult {
  level: RiskLevel;
  /** Strongest reason first, so the first reason explains the level. */
  reasons: RiskReason[];
  screenerVersion: string;
}

const RANK: Record<RiskLevel, number> = { none: 0, concern: 1, high: 2, imminent: 3 };

/** Numeric rank of a level, for comparisons. */
export function levelRank(level: RiskLevel): number {
  return RANK[level];
}

/** The highest of the given levels (`none` when given nothing). */
export function maxLevel(...levels: RiskLevel[]): RiskLevel {
  let best: RiskLevel = 'none';
  for (const level of levels) if (RANK[level] > RANK[best]) best = level;
  return best;
}

/** The lower of two levels: used to cap a level, e.g. third-party statements at `concern`. */
export function minLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RANK[a] <= RANK[b] ? a : b;
}

/** One step up, stopping at `imminent`. */
export function raiseLevel(level: RiskLevel): RiskLevel {
  return RISK_LEVELS[Math.min(RANK[level] + 1, RISK_LEVELS.length - 1)] ?? 'imminent';
}
