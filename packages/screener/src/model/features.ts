/**
 * Features of the learned component: hashed word unigrams and bigrams and character 3- and
 * 4-grams inside words (with word-boundary marks, as fastText does), present or absent, scaled
 * to unit length so long and short texts weigh alike. Training and scoring share this file,
 * so a feature means the same thing in both. Pure, allocation-light: hashes are computed from
 * char codes without building substrings.
 */

/** Number of hash buckets (2^20): collisions are rare at the vocabulary sizes trained here. */
export const BUCKETS = 1 << 20;
const MASK = BUCKETS - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Separate hash seeds per kind of feature, so "die" the word and "die" the char-gram differ. */
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca77;
const SEED_CHAR = 0xc2b2ae3d;
/** Beyond this many words a text is long enough; capping keeps the cost per text bounded. */
const MAX_WORDS = 400;

/** A word of the text: its lowercase form and its [start, end) UTF-16 span in the original. */
export interface Word {
  norm: string;
  start: number;
  end: number;
}

/** Lowercase digits commonly swapped for letters inside words ("d1e", "k1ll", "su1c1de"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 8217 || code > 191;
}

/** Words with spans; letters stretched past two repeats are folded ("sooooo" → "soo"). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length && out.length < MAX_WORDS) {
    const c = text.charCodeAt(i);
    const leetInside =
      (c === 64 || c === 36 || c === 33) && i > 0 && isWordChar(text.charCodeAt(i - 1)) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1));
    if (!isWordChar(c) && !leetInside) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      const inner = (d === 64 || d === 36 || d === 33) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1));
      if (!isWordChar(d) && !inner) break;
      i += 1;
    }
    out.push({ norm: fold(text.slice(start, i)), start, end: i });
  }
  return out;
}

function fold(raw: string): string {
  let s = raw.toLowerCase().replace(/[’']/g, '');
  if (/[a-z]/.test(s) && /[0-9@$!]/.test(s)) s = s.replace(/[013457@$!]/g, (ch) => LEET[ch] ?? ch);
  return s.replace(/(.)\1{2,}/g, '$1$1');
}

function hashString(seed: number, s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = from; i < to; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Bucket of a word unigram. */
export function wordFeature(w: string): number {
  return hashString(SEED_WORD, w) & MASK;
}

/** Bucket of a word bigram. */
export function bigramFeature(a: string, b: string): number {
  let h = hashString(SEED_BIGRAM, a);
  h ^= 32;
  h = Math.imul(h, FNV_PRIME);
  for (let i = 0; i < b.length; i += 1) {
    h ^= b.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0) & MASK;
}

/** Distinct feature buckets of a text, in first-seen order (callers sort when they need to). */
export function featuresOf(ws: readonly Word[]): Uint32Array {
  const seen = new Set<number>();
  for (let k = 0; k < ws.length; k += 1) {
    const w = ws[k]?.norm ?? '';
    seen.add(wordFeature(w));
    const next = ws[k + 1];
    if (next) seen.add(bigramFeature(w, next.norm));
    const marked = `<${w}>`;
    for (let n = 3; n <= 4; n += 1) {
      for (let i = 0; i + n <= marked.length; i += 1) seen.add(hashString(SEED_CHAR, marked, i, i + n) & MASK);
    }
  }
  return Uint32Array.from(seen);
}

/**
 * Features are scaled by 1/√n, but never by more than 1/√MIN_FEATURES: a three-word text
 * ("my phone died") is little evidence, so its score stays near the base rate instead of one
 * word deciding it. Short texts are the rules' ground; the model earns its keep on longer ones.
 */
const MIN_FEATURES = 300;

export function featureScale(n: number): number {
  return 1 / Math.sqrt(Math.max(n, MIN_FEATURES));
}

/** The model's margin for already-split words: bias + Σ weights × featureScale(n). */
export function marginOf(ws: readonly Word[], weights: Float32Array, bias: number): number {
  const feats = featuresOf(ws);
  if (feats.length === 0) return bias;
  let sum = 0;
  for (let k = 0; k < feats.length; k += 1) sum += weights[feats[k] ?? 0] ?? 0;
  return bias + sum * featureScale(feats.length);
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
