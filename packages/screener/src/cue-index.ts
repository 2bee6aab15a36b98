/**
 * Where the context cues of one text are, indexed once so that judging each phrase is
 * constant work: a message repeating one phrase ten thousand times must still screen in
 * linear time.
 */
import type { CueMatch } from './context';
import type { Doc } from './document';
import type { CueKind } from './tiers/v1/types';

export interface CueIndex {
  /** Start token of the first cue of `kind` in `clause`, or Infinity. */
  firstInClause(kind: CueKind, clause: number): number;
  inSentence(kind: CueKind, sentence: number): boolean;
  /** Cues starting at token `i`. */
  at(i: number): readonly CueMatch[];
}

const NONE: readonly CueMatch[] = [];

/** Indexes `cues` over `doc`. */
export function indexCues(doc: Doc, cues: readonly CueMatch[]): CueIndex {
  const first = new Map<CueKind, Float64Array>();
  const sentences = new Map<CueKind, Uint8Array>();
  const byStart: CueMatch[][] = [];
  for (const c of cues) {
    const tok = doc.tokens[c.from];
    if (!tok) continue;
    const kind = c.entry.cue;
    let clauses = first.get(kind);
    if (!clauses) first.set(kind, (clauses = new Float64Array(doc.clauses.length).fill(Infinity)));
    clauses[tok.clause] = Math.min(clauses[tok.clause] ?? Infinity, c.from);
    let inSentence = sentences.get(kind);
    if (!inSentence) sentences.set(kind, (inSentence = new Uint8Array(doc.sentences.length)));
    inSentence[tok.sentence] = 1;
    (byStart[c.from] ??= []).push(c);
  }
  return {
    firstInClause: (kind, clause) => first.get(kind)?.[clause] ?? Infinity,
    inSentence: (kind, sentence) => sentences.get(kind)?.[sentence] === 1,
    at: (i) => byStart[i] ?? NONE,
  };
}
