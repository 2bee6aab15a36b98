/**
 * Word normaliser: lowercases, undoes leet and masking ("su1c1de", "s*icide", "k!ll"),
 * collapses stretched letters ("dieeee"), and expands contractions and chat shorthand
 * ("don't" → "do not", "kinda" → "kind of") so that each tier phrase is written once.
 * Obfuscated or stretched words are only rewritten when the result is a word the tiers
 * know, so ordinary words with digits ("2nd", "b4") pass through untouched.
 */
import { hashOf } from './scan';
import { spelling } from './tiers/v1/spelling';

export interface Normaliser {
  /** Canonical words for one written word ("don't" → ["do", "not"]). */
  word(raw: string): readonly string[];
  /** Canonical words for a hashtag: "#IWantToDie" and "#iwanttodie" → ["i", "want", "to", "die"]. */
  hashtag(raw: string): readonly string[];
  /**
   * `word` and `ids` for `text.slice(start, end)`, found by the scanner's `hash`: the hot
   * path, run for every word of every text.
   */
  at(text: string, start: number, end: number, hash: number): CachedWord;
}

export interface CachedWord {
  raw: string;
  words: readonly string[];
  ids: readonly number[];
}

const APOSTROPHE_LIKE = /[’`ʼ]/g;
const PLAIN_WORD = /^[a-z]+$/;
const HAS_LETTER = /[a-z]/;
const TRIPLE = /(.)\1\1/;
const WILDCARDS: ReadonlySet<string> = new Set(spelling.wildcards);
const MASKABLE: ReadonlySet<string> = new Set(spelling.maskable);
const MAX_CACHE = 50_000;

/** Suffix contractions not in the tables: "mom's" → "mom", "they'd" → "they would". */
const SUFFIXES: ReadonlyArray<[string, string | null]> = [
  ["n't", 'not'],
  ["'ll", 'will'],
  ["'ve", 'have'],
  ["'re", 'are'],
  ["'d", 'would'],
  ["'m", 'am'],
  ["'s", null],
];

function split(words: string): readonly string[] {
  return words.split(' ');
}

/**
 * Builds a normaliser that knows `vocabulary` (every word the tiers and cues use) and gives
 * each canonical word its matcher id (`idOf`, -1 for words no pattern uses).
 */
export function createNormaliser(vocabulary: ReadonlySet<string>, idOf: (word: string) => number = () => -1): Normaliser {
  const known = (w: string): boolean => vocabulary.has(w) || w in spelling.words || MASKABLE.has(w);
  // A chat corpus repeats the same few thousand words; caching makes normalising nearly free.
  // Buckets are keyed by the scanner's hash and checked character by character, which is
  // cheaper than a Map keyed by each freshly cut string (V8 would hash every one of them).
  const cache = new Map<number, CachedWord[]>();
  let size = 0;
  const at = (text: string, start: number, end: number, hash: number): CachedWord => {
    const bucket = cache.get(hash);
    if (bucket) {
      for (const e of bucket) if (e.raw.length === end - start && text.startsWith(e.raw, start)) return e;
    }
    const raw = text.slice(start, end);
    const words = normaliseWord(raw, known);
    const result: CachedWord = { raw, words, ids: words.map(idOf) };
    if (size >= MAX_CACHE) {
      cache.clear();
      size = 0;
    }
    if (bucket && cache.has(hash)) bucket.push(result);
    else cache.set(hash, [result]);
    size += 1;
    return result;
  };
  const entry = (raw: string): CachedWord => at(raw, 0, raw.length, hashOf(raw, 0, raw.length));
  const word = (raw: string): readonly string[] => entry(raw).words;
  const hashtag = (raw: string): readonly string[] => {
    const camel = raw.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
    if (camel.length > 1) return camel.flatMap(word);
    const single = word(raw);
    if (single.length > 1 || single.every((w) => vocabulary.has(w))) return single;
    return segment(single[0] ?? '', vocabulary) ?? single; // already lowercased and unstretched
  };
  return { word, hashtag, at };
}

/** Splits run-together words into the fewest known words, or null when they do not all split. */
function segment(text: string, vocabulary: ReadonlySet<string>): string[] | null {
  if (text.length > 40 || !PLAIN_WORD.test(text)) return null;
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= text.length; end += 1) {
    best[end] = null;
    for (let start = Math.max(0, end - 16); start < end; start += 1) {
      const head = best[start];
      const piece = text.slice(start, end);
      if (head && vocabulary.has(piece) && (!best[end] || head.length + 1 < (best[end]?.length ?? Infinity))) {
        best[end] = [...head, piece];
      }
    }
  }
  const result = best[text.length];
  return result && result.length > 1 ? result : null;
}

function normaliseWord(raw: string, known: (w: string) => boolean): readonly string[] {
  let w = raw.toLowerCase();
  if (!PLAIN_WORD.test(w)) w = w.normalize('NFKC').toLowerCase().replace(APOSTROPHE_LIKE, "'");
  const hasApostrophe = w.includes("'");
  let key = hasApostrophe ? w.replaceAll("'", '') : w;
  if (!PLAIN_WORD.test(key)) key = deobfuscate(key, known);
  if (TRIPLE.test(key)) key = unstretch(key, known);
  const expanded = (hasApostrophe ? spelling.apostropheOnly[key] : undefined) ?? spelling.words[key];
  if (expanded !== undefined) return split(expanded);
  if (hasApostrophe) return splitSuffix(w) ?? [key];
  return [key];
}

function splitSuffix(w: string): readonly string[] | null {
  for (const [suffix, word] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length > suffix.length) {
      const stem = w.slice(0, -suffix.length).replaceAll("'", '');
      return word === null ? [stem] : [stem, word];
    }
  }
  return null;
}

/** Reads leet digits and symbols back as letters, keeping the word if nothing known results. */
function deobfuscate(key: string, known: (w: string) => boolean): string {
  if (!HAS_LETTER.test(key)) return key;
  const masked = [...key].some((c) => WILDCARDS.has(c));
  if (masked) return resolveMask(key) ?? key;
  for (const candidate of leetCandidates(key)) if (known(candidate)) return candidate;
  return key;
}

/** "s*icide" → "suicide": a masked word is matched against the short list of maskable words. */
function resolveMask(key: string): string | null {
  for (const word of spelling.maskable) {
    if (word.length !== key.length) continue;
    let ok = true;
    for (let i = 0; i < word.length && ok; i += 1) {
      const c = key[i] ?? '';
      const options = spelling.leet[c];
      ok = c === word[i] || WILDCARDS.has(c) || (options?.includes(word[i] ?? '') ?? false);
    }
    if (ok) return word;
  }
  return null;
}

function leetCandidates(key: string): string[] {
  let out = [''];
  for (const c of key) {
    const options = spelling.leet[c] ?? [c];
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
    if (out.length > 64) return [key]; // a long code, not a disguised word
  }
  return out;
}

/** "dieeee" → "die", "killlll" → "kill": each stretched run becomes one or two letters. */
function unstretch(key: string, known: (w: string) => boolean): string {
  const single = key.replace(/(.)\1{2,}/g, '$1');
  if (known(single)) return single;
  const double = key.replace(/(.)\1{2,}/g, '$1$1');
  if (known(double)) return double;
  return single;
}
