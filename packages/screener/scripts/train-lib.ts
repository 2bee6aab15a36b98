/**
 * Logistic regression over hashed n-grams, written out so that it is deterministic: documents
 * in a fixed order, a seeded shuffle, AdaGrad steps in that order, no threads. Same data →
 * byte-identical weights (checked by training twice in model.test.ts).
 */
import { BUCKETS, featureScale, featuresOf, words } from '../src/model/features';

export interface Doc {
  id: string;
  group: string;
  text: string;
  /** Soft target in [0, 1]: none 0, concern 0.35, ideation and behaviour 1. */
  target: number;
}

export interface Trained {
  bias: number;
  weights: Float32Array;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** A feature must appear in at least this many training documents to get a weight. */
  minDocs: number;
  /** Only the largest weights are kept (the rest set to 0), which keeps the shipped file small. */
  keep: number;
}

export const DEFAULTS: TrainOptions = { epochs: 6, rate: 0.1, l2: 1e-4, seed: 20261202, minDocs: 3, keep: 24_000 };

/** mulberry32: a small seeded generator, so the shuffle is the same on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  feats: Uint32Array;
  scale: number;
  target: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function train(docs: readonly Doc[], options: TrainOptions = DEFAULTS): Trained {
  const encoded: Encoded[] = docs.map((d) => {
    const feats = featuresOf(words(d.text)).sort();
    return { feats, scale: featureScale(feats.length), target: d.target };
  });
  const df = new Uint16Array(BUCKETS);
  for (const e of encoded) for (const f of e.feats) df[f] = Math.min(65535, (df[f] ?? 0) + 1);
  const weights = new Float32Array(BUCKETS);
  const squares = new Float64Array(BUCKETS);
  let bias = 0;
  let biasSquares = 0;
  const random = generator(options.seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const e = encoded[index];
      if (!e) continue;
      let margin = bias;
      for (const f of e.feats) if ((df[f] ?? 0) >= options.minDocs) margin += (weights[f] ?? 0) * e.scale;
      const g = sigmoid(margin) - e.target;
      biasSquares += g * g;
      bias -= (options.rate * g) / Math.sqrt(biasSquares + 1e-8);
      for (const f of e.feats) {
        if ((df[f] ?? 0) < options.minDocs) continue;
        const w = weights[f] ?? 0;
        const grad = g * e.scale + options.l2 * w;
        squares[f] = (squares[f] ?? 0) + grad * grad;
        weights[f] = w - (options.rate * grad) / Math.sqrt((squares[f] ?? 0) + 1e-8);
      }
    }
  }
  return { bias, weights: prune(weights, options.keep) };
}

/** Keeps the `keep` largest weights by size (ties by bucket), rounded to what the file stores. */
export function prune(weights: Float32Array, keep: number): Float32Array {
  const nonzero: number[] = [];
  for (let f = 0; f < weights.length; f += 1) if (Math.round((weights[f] ?? 0) * 1000) !== 0) nonzero.push(f);
  nonzero.sort((a, b) => Math.abs(weights[b] ?? 0) - Math.abs(weights[a] ?? 0) || a - b);
  const out = new Float32Array(weights.length);
  for (const f of nonzero.slice(0, keep)) out[f] = Math.round((weights[f] ?? 0) * 1000) / 1000;
  return out;
}

/** Sorted indices delta-encoded and weights × 1000: the shipped JSON's compact form. */
export function encode(weights: Float32Array): { index: number[]; weight: number[] } {
  const index: number[] = [];
  const weight: number[] = [];
  let last = 0;
  for (let f = 0; f < weights.length; f += 1) {
    const w = weights[f] ?? 0;
    if (w === 0) continue;
    index.push(f - last);
    weight.push(Math.round(w * 1000));
    last = f;
  }
  return { index, weight };
}
