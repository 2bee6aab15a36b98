/** Classification figures over scored units (a text, or a user scored over their posts). */
import { levelRank, type RiskLevel } from '@steadfast/screener';

export interface Unit {
  label: string;
  level: RiskLevel;
  /** A finer score for AUC (level rank plus the model's probability); the level rank when absent. */
  score?: number;
}

export interface LabelShare {
  label: string;
  n: number;
  atLeastConcern: number;
  atLeastHigh: number;
}

const RISK_LABELS = new Set(['ideation', 'behavior/attempt']);
const CONCERN = levelRank('concern');
const HIGH = levelRank('high');

const flagged = (u: Unit, at: number): boolean => levelRank(u.level) >= at;
const share = (units: Unit[], test: (u: Unit) => boolean): number => (units.length ? units.filter(test).length / units.length : Number.NaN);

/** Per label: how many, and the share flagged at ≥ concern and at ≥ high. */
export function perLabel(units: Unit[]): LabelShare[] {
  const labels = [...new Set(units.map((u) => u.label))].sort();
  return labels.map((label) => {
    const of = units.filter((u) => u.label === label);
    return { label, n: of.length, atLeastConcern: share(of, (u) => flagged(u, CONCERN)), atLeastHigh: share(of, (u) => flagged(u, HIGH)) };
  });
}

/** Recall on ideation + behaviour/attempt at the given level. */
export function recall(units: Unit[], at: RiskLevel): number {
  return share(
    units.filter((u) => RISK_LABELS.has(u.label)),
    (u) => flagged(u, levelRank(at)),
  );
}

/** Specificity on `none`: the share not flagged at ≥ `at` (concern unless said). */
export function specificity(units: Unit[], at: RiskLevel = 'concern'): number {
  return share(
    units.filter((u) => u.label === 'none'),
    (u) => !flagged(u, levelRank(at)),
  );
}

/** Any-risk (concern, ideation, behaviour) vs none, predicted positive at ≥ concern. */
export function anyRiskF1(units: Unit[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const u of units) {
    const actual = u.label !== 'none';
    const predicted = flagged(u, CONCERN);
    if (actual && predicted) tp += 1;
    else if (!actual && predicted) fp += 1;
    else if (actual && !predicted) fn += 1;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Any-risk vs none ROC AUC (Mann–Whitney, ties count half), scored by `score` when units carry
 * one, else by the ordinal level (0–3).
 */
export function anyRiskAuc(units: Unit[]): number {
  const scored = units.map((u) => ({ pos: u.label !== 'none', s: u.score ?? levelRank(u.level) })).sort((a, b) => a.s - b.s);
  const nPos = scored.filter((u) => u.pos).length;
  const nNeg = scored.length - nPos;
  if (!nPos || !nNeg) return Number.NaN;
  let wins = 0;
  let negBelow = 0;
  for (let i = 0; i < scored.length;) {
    let j = i;
    let pos = 0;
    let neg = 0;
    while (j < scored.length && scored[j]?.s === scored[i]?.s) {
      if (scored[j]?.pos) pos += 1;
      else neg += 1;
      j += 1;
    }
    wins += pos * (negBelow + neg / 2);
    negBelow += neg;
    i = j;
  }
  return wins / (nPos * nNeg);
}
