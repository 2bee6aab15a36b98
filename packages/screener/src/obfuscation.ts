/**
 * Spaced and dotted letters ("k i l l  m y s e l f", "d.i.e", "s-u-i-c-i-d-e") become one
 * hashtag-like word ("#killmyself"), which the normaliser splits into known words. The
 * rewritten text has exactly the original's length (the word, then spaces), so every UTF-16
 * offset before, inside and after a run still points at the same place in the original text;
 * `widen` stretches a span that ends inside a run to the run's end for highlighting.
 * Leet, masks, stretched letters and algospeak are the word normaliser's (normalise.ts).
 */

/** Three or more single letters or digits, each followed by one or two separators. */
const SPACED = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@$!][ .\-_*]{1,2}){2,}[\p{L}\p{N}@$!](?![\p{L}\p{N}])/gu;

export interface Collapsed {
  text: string;
  /** [start, end) of each rewritten run, in order. */
  runs: Array<[number, number]>;
}

/** The rewritten text, or null when there is nothing to rewrite (the common case, kept cheap). */
export function collapseSpacedLetters(text: string): Collapsed | null {
  if (!/[\p{L}\p{N}@$!][ .\-_*]{1,2}[\p{L}\p{N}@$!][ .\-_*]{1,2}[\p{L}\p{N}@$!]/u.test(text)) return null;
  const runs: Array<[number, number]> = [];
  const out = text.replace(SPACED, (run: string, offset: number) => {
    const letters = run.replace(/[ .\-_*]/g, '');
    runs.push([offset, offset + run.length]);
    return `#${letters}`.padEnd(run.length, ' ');
  });
  return runs.length ? { text: out, runs } : null;
}

/** A span over the rewritten text, stretched to cover the whole run it ends in. */
export function widen(span: readonly [number, number], runs: ReadonlyArray<[number, number]>): [number, number] {
  let [start, end] = span;
  for (const [a, b] of runs) {
    if (start >= a && start < b) start = a;
    if (end > a && end <= b) end = b;
  }
  return [start, end];
}
