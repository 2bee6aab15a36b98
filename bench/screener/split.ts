/**
 * A fixed two-way split of the development data by author, so that changes to the screener
 * can be decided on one half (A) and checked on the other (B) before the held-out evaluation:
 * a change that helps only on A is fitted to A's rows, not general. The learned model trains
 * on half A of the C-SSRS posts only (packages/screener/scripts/train.ts uses the same split).
 */
import { halfOfKey, type Half } from '@steadfast/screener';
import type { Row } from './data';

export type { Half };

/** FNV-1a over the author (or the row id when there is none): stable across runs and machines. */
export function halfOf(row: Row): Half {
  return halfOfKey(row.group ?? row.id);
}
