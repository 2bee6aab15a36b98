/**
 * A fixed two-way split of the development data by author, so that changes to the screener
 * can be decided on one half (A) and checked on the other (B) before the held-out evaluation:
 * a change that helps only on A is fitted to A's rows, not general.
 */
import type { Row } from './data';

export type Half = 'A' | 'B';

/** FNV-1a over the author (or the row id when there is none): stable across runs and machines. */
export function halfOf(row: Row): Half {
  const key = row.group ?? row.id;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 === 0 ? 'A' : 'B';
}
