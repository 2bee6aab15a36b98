/**
 * Turns raw scanner output into the document the matcher works on: canonical words with
 * their original spans, grouped into sentences and clauses, with quoted stretches marked.
 * Clauses matter because negation and tense reach only so far: "I'm not suicidal, but I
 * wish I could disappear" must keep the second clause's risk.
 */
import type { Normaliser } from './normalise';
import type { RawToken } from './scan';

export interface Token {
  norm: string;
  /** Matcher id of `norm`, -1 for a word no pattern uses. */
  id: number;
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** Index into `Doc.quotes`, or -1 when the word is not inside quotation marks. */
  quote: number;
  emoji: boolean;
}

export interface Span {
  from: number; // first token index
  to: number; // one past the last token index
}

export interface Clause extends Span {
  sentence: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  /** `tokens[i].norm` and `tokens[i].id` as plain arrays, the matcher's input. */
  words: string[];
  ids: number[];
  clauses: Clause[];
  sentences: Span[];
  quotes: Span[];
}

export interface ClauseCues {
  /** Words that open a new clause: "but", "because", "although", … */
  conjunctions: ReadonlySet<string>;
  /** "and"/"or"/"so" open a new clause only when a subject follows: "and I want to …". */
  weakConjunctions: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
}

const OPENING = new Set(['“', '‘', '„', '«']);
const CLOSING = new Set(['”', '»']);

/** Builds the document. Pure; allocation is linear in the number of words. */
export function buildDoc(text: string, raw: RawToken[], normalise: Normaliser, cues: ClauseCues, idOf: (word: string) => number = () => -1): Doc {
  const tokens: Token[] = [];
  const breaks: boolean[] = []; // by token index: a new clause starts here
  const sentenceBreaks: boolean[] = [];
  const quotes: Span[] = [];
  let openQuote = -1;
  let openChar = '';
  for (let r = 0; r < raw.length; r += 1) {
    const t = raw[r];
    if (!t) continue;
    if (t.kind === 'sentence_end') {
      sentenceBreaks[tokens.length] = true;
    } else if (t.kind === 'clause_end') {
      breaks[tokens.length] = true;
    } else if (t.kind === 'quote') {
      const prev = raw[r - 1];
      const next = raw[r + 1];
      if (openQuote < 0 && opensQuote(t, prev, next)) {
        openQuote = tokens.length;
        openChar = t.text;
        breaks[tokens.length] = true;
      } else if (openQuote >= 0 && closesQuote(t.text, openChar)) {
        if (tokens.length > openQuote) quotes.push({ from: openQuote, to: tokens.length });
        openQuote = -1;
        breaks[tokens.length] = true;
      }
    } else {
      pushWords(text, tokens, t, normalise, idOf);
    }
  }
  markQuotes(tokens, quotes);
  const { clauses, sentences } = assignClauses(tokens, breaks, sentenceBreaks, cues);
  return { text, tokens, words: tokens.map((t) => t.norm), ids: tokens.map((t) => t.id), clauses, sentences, quotes };
}

/** Adds one written word (or emoji) as one or more canonical tokens, all with its span. */
function pushWords(text: string, tokens: Token[], t: RawToken, normalise: Normaliser, idOf: (word: string) => number): void {
  const emoji = t.kind === 'emoji';
  if (emoji || t.hashtag) {
    const norms = emoji ? [t.text] : normalise.hashtag(t.text);
    for (const norm of norms) tokens.push({ norm, id: idOf(norm), start: t.start, end: t.end, sentence: 0, clause: 0, quote: -1, emoji });
    return;
  }
  const { words, ids } = normalise.at(text, t.start, t.end, t.hash);
  for (let k = 0; k < words.length; k += 1) {
    tokens.push({ norm: words[k] ?? '', id: ids[k] ?? -1, start: t.start, end: t.end, sentence: 0, clause: 0, quote: -1, emoji: false });
  }
}

/** A straight quote opens only where a word starts after a space: "dogs' toys" is no quote. */
function opensQuote(t: RawToken, prev: RawToken | undefined, next: RawToken | undefined): boolean {
  if (CLOSING.has(t.text) || t.text === '’') return false;
  if (!next || next.kind !== 'word' || next.start !== t.end) return false;
  if (OPENING.has(t.text)) return true;
  return !prev || prev.end < t.start || prev.kind !== 'word';
}

function closesQuote(ch: string, openChar: string): boolean {
  if (openChar === '“' || openChar === '„') return ch === '”' || ch === '"' || ch === '“';
  if (openChar === '«') return ch === '»';
  if (openChar === '‘') return ch === '’' || ch === "'";
  return ch === openChar || (openChar === "'" && ch === '’');
}

function markQuotes(tokens: Token[], quotes: Span[]): void {
  quotes.forEach((q, qi) => {
    for (let i = q.from; i < q.to; i += 1) {
      const tok = tokens[i];
      if (tok) tok.quote = qi;
    }
  });
}

function assignClauses(tokens: Token[], breaks: boolean[], sentenceBreaks: boolean[], cues: ClauseCues): { clauses: Clause[]; sentences: Span[] } {
  const clauses: Clause[] = [];
  const sentences: Span[] = [];
  let sentence = 0;
  let clauseStart = 0;
  let sentenceStart = 0;
  const closeClause = (end: number): void => {
    if (end > clauseStart) clauses.push({ from: clauseStart, to: end, sentence });
    clauseStart = end;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i];
    if (!tok) continue;
    if (sentenceBreaks[i] === true && i > sentenceStart) {
      closeClause(i);
      sentences.push({ from: sentenceStart, to: i });
      sentenceStart = i;
      sentence += 1;
    } else if (breaks[i] === true || opensClause(tokens, i, cues)) {
      closeClause(i);
    }
    tok.sentence = sentence;
    tok.clause = clauses.length;
  }
  closeClause(tokens.length);
  if (tokens.length > sentenceStart) sentences.push({ from: sentenceStart, to: tokens.length });
  return { clauses, sentences };
}

function opensClause(tokens: Token[], i: number, cues: ClauseCues): boolean {
  const word = tokens[i]?.norm ?? '';
  if (cues.conjunctions.has(word)) return true;
  if (!cues.weakConjunctions.has(word)) return false;
  const next = tokens[i + 1]?.norm ?? '';
  return next === 'then' || cues.subjects.has(next);
}
