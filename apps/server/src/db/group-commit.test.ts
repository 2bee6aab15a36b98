import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

/** A writer that records each batch and answers when told to, so a test decides what is in flight. */
function heldWriter(fail: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  const held: (() => void)[] = [];
  const write = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push(items);
      held.push(() => (items.some(fail) ? reject(new Error(`bad item in ${items.join(',')}`)) : resolve(items.map((i) => i * 10))));
    });
  const releaseAll = async () => {
    while (held.length > 0) {
      held.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { write, batches, releaseAll };
}

describe('GroupCommit', () => {
  it('sends a lone write at once, as a batch of one', async () => {
    const w = heldWriter();
    const group = new GroupCommit(w.write, { maxBatch: 10, maxInFlight: 2 });
    const answer = group.submit(1);
    expect(w.batches).toEqual([[1]]);
    await w.releaseAll();
    expect(await answer).toBe(10);
  });

  it('gathers the writes that arrive while statements are in flight into the next one, in order', async () => {
    const w = heldWriter();
    const group = new GroupCommit(w.write, { maxBatch: 3, maxInFlight: 2 });
    const answers = [1, 2, 3, 4, 5, 6, 7].map((i) => group.submit(i));
    // Two in flight at once; the rest wait, and go together (at most three) as each finishes.
    expect(w.batches).toEqual([[1], [2]]);
    await w.releaseAll();
    expect(w.batches).toEqual([[1], [2], [3, 4, 5], [6, 7]]);
    expect(await Promise.all(answers)).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });

  it('refuses only the bad write of a failed batch: the others are written again on their own', async () => {
    const w = heldWriter((item) => item === 4);
    const group = new GroupCommit(w.write, { maxBatch: 10, maxInFlight: 1 });
    const answers = [1, 2, 3, 4, 5].map((i) => group.submit(i).then(String, (e: Error) => `refused: ${e.message}`));
    await w.releaseAll();
    expect(await Promise.all(answers)).toEqual(['10', '20', '30', 'refused: bad item in 4', '50']);
    expect(w.batches).toEqual([[1], [2, 3, 4, 5], [2], [3], [4], [5]]);
  });
});
