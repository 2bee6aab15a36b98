/**
 * The learned component: a logistic regression over hashed n-grams (features.ts), trained by
 * scripts/train.ts on licence-permitted data only and shipped as versioned JSON
 * (weights.v1.json). It can raise a text to `concern` or `high`, never to `imminent`: plans,
 * timing and means stay with the rules, whose phrases say exactly what was meant. Its reasons
 * are the words and word pairs that pushed the score up most, with their spans.
 */
import type { RiskLevel, RiskReason } from '../types';
import { bigramFeature, BUCKETS, marginOf, sigmoid, wordFeature, words, type Word } from './features';
import weightsFile from './weights.v1.json' with { type: 'json' };

export interface ModelFile {
  version: string;
  buckets: number;
  bias: number;
  /** Probability cut-offs, chosen for recall on half A of the training data (train.ts). */
  cutoffs: { concern: number; high: number };
  /** Sorted bucket indices, delta-encoded, and their weights × 1000, rounded. */
  index: number[];
  weight: number[];
  training: Record<string, unknown>;
}

export interface ModelScore {
  probability: number;
  level: Extract<RiskLevel, 'none' | 'concern' | 'high'>;
  reasons: RiskReason[];
}

export const MODEL_CONSTRUCT = 'learned_model';
const MAX_MODEL_REASONS = 3;

/** Dense weights, decoded once: a lookup per feature, no hashing of strings twice. */
export function decodeWeights(file: ModelFile): Float32Array {
  if (file.buckets !== BUCKETS) throw new Error(`model has ${file.buckets} buckets, features use ${BUCKETS}`);
  const dense = new Float32Array(BUCKETS);
  let at = 0;
  for (let k = 0; k < file.index.length; k += 1) {
    at += file.index[k] ?? 0;
    dense[at] = (file.weight[k] ?? 0) / 1000;
  }
  return dense;
}

const model = weightsFile as ModelFile;
const dense = decodeWeights(model);

export const MODEL_VERSION: string = model.version;

/**
 * Scores one text with the shipped weights. Words inside `setAside` spans (what the rules
 * already judged: negated or idiomatic phrases) are left out, so the model adds what the
 * rules missed without undoing what they decided.
 */
export function scoreWithModel(text: string, setAside: ReadonlyArray<readonly [number, number]> = []): ModelScore {
  const all = words(text);
  const ws = setAside.length === 0 ? all : all.filter((w) => !setAside.some(([a, b]) => w.start < b && a < w.end));
  const probability = sigmoid(marginOf(ws, dense, model.bias));
  const level = probability >= model.cutoffs.high ? 'high' : probability >= model.cutoffs.concern ? 'concern' : 'none';
  return { probability, level, reasons: level === 'none' ? [] : topNgrams(text, ws) };
}

/** The words and word pairs with the largest positive weights, as clinician-readable spans. */
function topNgrams(text: string, ws: readonly Word[]): RiskReason[] {
  const candidates: Array<{ weight: number; start: number; end: number }> = [];
  for (let k = 0; k < ws.length; k += 1) {
    const w = ws[k];
    if (!w) continue;
    candidates.push({ weight: dense[wordFeature(w.norm)] ?? 0, start: w.start, end: w.end });
    const next = ws[k + 1];
    if (next) candidates.push({ weight: dense[bigramFeature(w.norm, next.norm)] ?? 0, start: w.start, end: next.end });
  }
  candidates.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const out: RiskReason[] = [];
  for (const c of candidates) {
    if (c.weight <= 0 || out.length >= MAX_MODEL_REASONS) break;
    if (out.some((r) => c.start < r.span[1] && r.span[0] < c.end)) continue;
    out.push({ phrase: text.slice(c.start, c.end), construct: MODEL_CONSTRUCT, span: [c.start, c.end] });
  }
  return out;
}
