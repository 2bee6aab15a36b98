/**
 * screen(text): the pipeline. Scan → normalise → clauses → one trie pass per clause →
 * drop phrases inside idioms → judge each phrase in context → emoji → reasons.
 * Pure and synchronous: no I/O, no clock, so it can run inside a database transaction.
 */
import { compile, type Compiled, type Entry } from './compile';
import { judge, type CueMatch, type Judgement, type Mentions, type RiskMatch } from './context';
import { indexCues } from './cue-index';
import { buildDoc, type Doc } from './document';
import { matchAll, type Match } from './matcher';
import { collapseSpacedLetters, widen } from './obfuscation';
import { scan } from './scan';
import { tiersV1 } from './tiers/v1';
import { levelRank, maxLevel, raiseLevel, type RiskLevel, type RiskReason, type ScreenResult } from './types';

/** Bump when the code's behaviour changes; the tier bundle carries its own version. */
const CODE_VERSION = '2.0.0';
/** Enough for a clinician to see why; the level is decided before the list is cut. */
const MAX_REASONS = 25;

const compiled: Compiled = compile(tiersV1);

/** The rules' version; final.ts adds the model's, so a stored flag says what produced it. */
export const RULES_VERSION = `screener-${CODE_VERSION}+tiers-${compiled.version}`;

interface Judged {
  match: RiskMatch;
  judgement: Judgement;
}

interface Scored {
  level: RiskLevel;
  reason: RiskReason;
}

/** The rules alone: phrases in context (final.ts adds the learned model). Never throws on input. */
export function screenRules(text: string): ScreenResult {
  return screenRulesExplained(text).result;
}

/**
 * The rules' result plus the spans they judged and set aside: risk phrases that context made
 * none (negated, someone else's, hypothetical) and idioms ("kill time"). The model does not
 * re-judge those words, so "I would never hurt myself" stays none under both.
 */
export function screenRulesExplained(text: string): { result: ScreenResult; setAside: Array<[number, number]> } {
  if (typeof text !== 'string' || text.length === 0) return { result: { level: 'none', reasons: [], screenerVersion: RULES_VERSION }, setAside: [] };
  const collapsed = collapseSpacedLetters(text);
  if (!collapsed) return screenPlain(text);
  // Same length as the original, so spans carry over; widen them over the spaced-out runs.
  const { result, setAside } = screenPlain(collapsed.text);
  const reasons = result.reasons.map((r) => {
    const span = widen(r.span, collapsed.runs);
    return { ...r, phrase: text.slice(...span), span };
  });
  return { result: { ...result, reasons }, setAside: setAside.map((s) => widen(s, collapsed.runs)) };
}

function screenPlain(text: string): { result: ScreenResult; setAside: Array<[number, number]> } {
  const doc = buildDoc(text, scan(text), compiled.normalise, clauseCues, compiled.idOf);
  const { risks, idioms, cues } = matchDoc(doc);
  const input = { doc, words: compiled.words, cues: indexCues(doc, cues), mentions: lazy(() => mentionsOf(doc)) };
  const all = keepOutermost(outsideIdioms(risks, idioms, doc.tokens.length)).map((match): Judged => ({ match, judgement: judge(input, match) }));
  const judged = combineWeak(all.filter((j) => j.judgement.level !== 'none'));
  const scored = [...judged.map((j) => toScored(doc, j)), ...emojiReasons(doc, judged)];
  scored.sort((a, b) => levelRank(b.level) - levelRank(a.level) || a.reason.span[0] - b.reason.span[0]);
  const setAside = [...idioms, ...all.filter((j) => j.judgement.level === 'none').map((j) => j.match)].map((m) => spanOf(doc, m.from, m.to));
  const result: ScreenResult = {
    level: scored[0]?.level ?? 'none', // sorted strongest first
    reasons: dedupe(scored.map((s) => s.reason)).slice(0, MAX_REASONS),
    screenerVersion: RULES_VERSION,
  };
  return { result, setAside };
}

function spanOf(doc: Doc, from: number, to: number): [number, number] {
  const start = doc.tokens[from]?.start ?? 0;
  return [start, doc.tokens[to - 1]?.end ?? start];
}

const clauseCues = {
  conjunctions: compiled.words.clauseConjunctions,
  weakConjunctions: compiled.words.weakConjunctions,
  subjects: new Set([
    ...compiled.words.first,
    ...compiled.words.second,
    ...compiled.words.third,
    ...compiled.words.generic,
    ...compiled.words.nonperson,
    ...compiled.words.clauseOpeners,
  ]),
};

const gapStops = new Set([
  ...compiled.words.negators,
  ...compiled.words.second,
  ...compiled.words.third,
  ...compiled.words.generic,
  ...compiled.words.thirdObjects,
  ...clauseCues.conjunctions,
]);

const otherPeople = new Set([...compiled.words.second, ...compiled.words.third, ...compiled.words.generic, ...compiled.words.thirdObjects]);

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Whether the text mentions the writer, and anyone else, anywhere (one pass over the words). */
function mentionsOf(doc: Doc): Mentions {
  let writer = false;
  let others = false;
  for (const tok of doc.tokens) {
    if (compiled.words.first.has(tok.norm)) writer = true;
    else if (otherPeople.has(tok.norm)) others = true;
  }
  return { writer, others };
}

function matchDoc(doc: Doc): { risks: RiskMatch[]; idioms: Match<Entry>[]; cues: CueMatch[] } {
  const all: Match<Entry>[] = [];
  for (const clause of doc.clauses) matchAll(compiled.matcher, doc, gapStops, clause.from, clause.to, all);
  const risks: RiskMatch[] = [];
  const idioms: Match<Entry>[] = [];
  const cues: CueMatch[] = [];
  for (const m of all) {
    if (m.entry.kind === 'risk') risks.push(m as RiskMatch);
    else if (m.entry.kind === 'idiom') idioms.push(m);
    else cues.push(m as CueMatch);
  }
  return { risks, idioms, cues };
}

/** Risk phrases that share no word with an idiom ("kill time", "dying of laughter"). */
function outsideIdioms(risks: RiskMatch[], idioms: Match<Entry>[], length: number): RiskMatch[] {
  if (idioms.length === 0) return risks;
  const covered = new Int32Array(length + 1); // prefix sums of idiom-covered words
  const mark = new Uint8Array(length);
  for (const i of idioms) mark.fill(1, i.from, i.to);
  for (let k = 0; k < length; k += 1) covered[k + 1] = (covered[k] ?? 0) + (mark[k] ?? 0);
  return risks.filter((m) => (covered[m.to] ?? 0) - (covered[m.from] ?? 0) === 0);
}

/**
 * Of phrases nested in one another, the outer one describes the situation: "going to kill
 * myself" (imminent) over "kill myself", "survived a suicide attempt" (concern) over
 * "a suicide attempt", "would rather die than…" (concern) over "would rather die".
 * Phrases over exactly the same words all stay, and the highest wins later. One sort and
 * one sweep, so a text repeating a phrase thousands of times stays fast.
 */
function keepOutermost(matches: RiskMatch[]): RiskMatch[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: RiskMatch[] = [];
  let reach = -1; // furthest end of any phrase so far
  let reachFrom = -1; // where the phrase with that end starts
  for (const m of sorted) {
    const inside = m.to < reach || (m.to === reach && reachFrom < m.from);
    if (!inside) kept.push(m);
    if (m.to > reach) {
      reach = m.to;
      reachFrom = m.from;
    }
  }
  return kept;
}

/** Weak cues need company: kept (as concern `:combined`) only when two or more constructs are present. */
function combineWeak(judged: Judged[]): Judged[] {
  let first: string | null = null;
  let several = false;
  for (const j of judged) {
    if (!j.match.entry.group.weak) continue;
    const construct = j.match.entry.group.construct;
    if (first === null) first = construct;
    else if (construct !== first) several = true;
  }
  if (first === null) return judged;
  if (!several) return judged.filter((j) => !j.match.entry.group.weak);
  return judged.map((j) =>
    j.match.entry.group.weak ? { match: j.match, judgement: { level: j.judgement.level, context: j.judgement.context ?? 'combined' } } : j,
  );
}

function toScored(doc: Doc, j: Judged): Scored {
  const start = doc.tokens[j.match.from]?.start ?? 0;
  const end = doc.tokens[j.match.to - 1]?.end ?? start;
  const base = j.match.entry.group.construct;
  return {
    level: j.judgement.level,
    reason: {
      phrase: doc.text.slice(start, end),
      construct: j.judgement.context ? `${base}:${j.judgement.context}` : base,
      span: [start, end],
    },
  };
}

/**
 * Risk emoji (💊🔪🪦⚰️): alone at least concern; beside risk language in the same sentence
 * (or straight after it, as emoji often trail a sentence) one level above that language.
 */
function emojiReasons(doc: Doc, judged: Judged[]): Scored[] {
  const out: Scored[] = [];
  const levels: RiskLevel[] = doc.sentences.map(() => 'none');
  for (const j of judged) {
    const s = doc.tokens[j.match.from]?.sentence ?? 0;
    levels[s] = maxLevel(levels[s] ?? 'none', j.judgement.level);
  }
  const emojiOnly = doc.sentences.map((s) => doc.tokens.slice(s.from, s.to).every((t) => t.emoji));
  for (const tok of doc.tokens) {
    const construct = tok.emoji ? compiled.emoji.get(tok.norm) : undefined;
    if (!construct) continue;
    const own = levels[tok.sentence] ?? 'none';
    const context = emojiOnly[tok.sentence] ? maxLevel(own, levels[tok.sentence - 1] ?? 'none') : own;
    const escalated = context !== 'none';
    out.push({
      level: escalated ? raiseLevel(context) : 'concern',
      reason: { phrase: doc.text.slice(tok.start, tok.end), construct: escalated ? `${construct}:escalated` : construct, span: [tok.start, tok.end] },
    });
  }
  return out;
}

function dedupe(reasons: RiskReason[]): RiskReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.span[0]}:${r.span[1]}:${r.construct}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Compiled tiers, for the benchmark's coverage report. */
export function compiledTiers(): Compiled {
  return compiled;
}
