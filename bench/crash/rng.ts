/**
 * mulberry32: a tiny seeded generator, so the kill points of a run can be replayed from the seed
 * it prints. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` kill points: acknowledged-send counts in [from, to), ascending, at least `gap` apart so
 * each restarted server takes some load before the next kill. Drawn one per equal slice of the
 * range, at a random place in it: random, yet spread over the whole run.
 */
export function killPoints(random: () => number, count: number, from: number, to: number, gap: number): number[] {
  const slice = (to - from) / Math.max(1, count);
  const points: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = from + i * slice;
    const last = points.at(-1);
    const earliest = last === undefined ? start : Math.max(start, last + gap);
    const end = from + (i + 1) * slice;
    points.push(Math.floor(earliest + random() * Math.max(0, end - earliest)));
  }
  return points;
}
