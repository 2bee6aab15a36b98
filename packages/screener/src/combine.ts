/** Merging several screen results (a check-in's free text plus its structured answers). */
import { SCREENER_VERSION } from './final';
import { levelRank, maxLevel, type RiskReason, type ScreenResult } from './types';

/** One result: the highest level, every distinct reason (strongest result's reasons first). */
export function combine(results: readonly ScreenResult[]): ScreenResult {
  const ordered = [...results].sort((a, b) => levelRank(b.level) - levelRank(a.level));
  const seen = new Set<string>();
  const reasons: RiskReason[] = [];
  for (const r of ordered) {
    for (const reason of r.reasons) {
      const key = `${reason.construct}|${reason.phrase}|${reason.span[0]}|${reason.span[1]}`;
      if (!seen.has(key)) {
        seen.add(key);
        reasons.push(reason);
      }
    }
  }
  return {
    level: maxLevel(...results.map((r) => r.level)),
    reasons,
    screenerVersion: ordered[0]?.screenerVersion ?? SCREENER_VERSION,
  };
}
