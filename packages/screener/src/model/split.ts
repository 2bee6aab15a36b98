/**
 * The fixed two-way split of the development data by author (FNV-1a of the user or tweet
 * author, else the row id). Decisions are made on half A; half B shows whether they generalise.
 * The model trains on half A only, so half B is data it has never seen.
 */
export type Half = 'A' | 'B';

export function halfOfKey(key: string): Half {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 === 0 ? 'A' : 'B';
}
