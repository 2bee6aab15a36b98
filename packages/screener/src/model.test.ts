import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSharedData } from '../scripts/data-dir';
import { buildModelJson } from '../scripts/train';
import { encode, train, type Doc } from '../scripts/train-lib';
import { MODEL_CONSTRUCT, scoreWithModel, screen, screenRules } from './index';

const here = path.dirname(fileURLToPath(import.meta.url));
const shipped = path.join(here, 'model', 'weights.v1.json');
const dataDir = findSharedData();

/** A tiny corpus written for this test: enough for the trainer to learn something. */
const docs: Doc[] = [
  ['a', 'i want to die and i have a plan', 1],
  ['b', 'going for a walk in the park with my dog', 0],
  ['c', 'i cannot go on like this anymore, i want it to end', 1],
  ['d', 'the weather is lovely and i had a good lunch', 0],
  ['e', 'i feel hopeless and alone every day', 0.35],
].map(([id, text, target]) => ({ id: String(id), group: String(id), text: String(text), target: Number(target) }));

describe('the learned model', () => {
  it('trains deterministically: the same documents give byte-identical weights', () => {
    const options = { epochs: 5, rate: 0.1, l2: 1e-4, seed: 7, minDocs: 1, keep: 1000 };
    const first = train(docs, options);
    const second = train(docs, options);
    expect(JSON.stringify(encode(second.weights))).toBe(JSON.stringify(encode(first.weights)));
    expect(second.bias).toBe(first.bias);
  });

  it.skipIf(!dataDir)(
    'rebuilding from ../shared/data gives exactly the shipped weights file',
    () => {
      expect(buildModelJson(dataDir ?? '')).toBe(readFileSync(shipped, 'utf8'));
    },
    600_000,
  );

  it('names every training source with its licence, and never the unlicensed sets', () => {
    const file = JSON.parse(readFileSync(shipped, 'utf8')) as { training: { sources: Array<{ file: string; licence: string }>; notUsed: string[] } };
    expect(file.training.sources.map((s) => [s.file, s.licence])).toEqual([['risk/cssrs_reddit_posts.jsonl', 'CC BY 4.0']]);
    expect(file.training.notUsed.join(' ')).toMatch(/feix_twitter.*sdcnl_reddit/);
  });

  it('a level the model raises names the words that raised it, with spans into the original text', () => {
    const text =
      'Honestly I am so done. Every single day is the same pain and I just cannot keep going like this. Nobody would notice, I have been thinking about it constantly and I am exhausted of being here, of everything, of all of it, every night.';
    const result = screen(text);
    const rules = screenRules(text);
    const model = scoreWithModel(text);
    expect(['concern', 'high']).toContain(model.level);
    if (result.reasons[0]?.construct === MODEL_CONSTRUCT) {
      for (const r of result.reasons.filter((x) => x.construct === MODEL_CONSTRUCT)) expect(text.slice(...r.span)).toBe(r.phrase);
    } else {
      expect(result.level).toBe(rules.level);
    }
  });

  it('never raises a text above high: plans and timing stay with the rules', () => {
    expect(scoreWithModel('i want to die i want to die i want to die').level).not.toBe('imminent');
  });
});
