/**
 * Rebuilds src/model/weights.v1.json from ../shared/data (never copied into the repository).
 * Trains ONLY on licence-permitted data: the C-SSRS Reddit posts (Gaur et al. 2019, CC BY 4.0),
 * half A of the author split. Fei-X and SDCNL carry no licence: the benchmark evaluates on
 * them, nothing here reads them. Cut-offs are chosen for recall on half A's out-of-fold scores.
 * Run: npm run train -w @steadfast/screener   (STEADFAST_SHARED_DATA=/path/to/shared/data)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUCKETS } from '../src/model/features';
import { halfOfKey } from '../src/model/split';
import { findSharedData } from './data-dir';
import { chooseCutoffs, outOfFold } from './cutoffs';
import { DEFAULTS, encode, train, type Doc } from './train-lib';

export const MODEL_FILE_VERSION = '1.0.0';
const TARGETS: Record<string, number> = { none: 0, concern: 0.35, ideation: 1, 'behavior/attempt': 1 };
const SOURCE = 'risk/cssrs_reddit_posts.jsonl';

export interface Loaded {
  docs: Doc[];
  labels: Map<string, string>;
  sha256: string;
}

/** Half A of the C-SSRS posts, sorted by id so the file's line order cannot change the result. */
export function loadTrainingDocs(dataDir: string): Loaded {
  const raw = readFileSync(path.join(dataDir, SOURCE), 'utf8');
  const labels = new Map<string, string>();
  const docs: Doc[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; text: string; label: string; group?: string };
    const group = o.group ?? o.id;
    if (halfOfKey(group) !== 'A') continue;
    const target = TARGETS[o.label];
    if (target === undefined) throw new Error(`unknown label ${o.label}`);
    labels.set(group, o.label);
    docs.push({ id: o.id, group, text: o.text, target });
  }
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { docs, labels, sha256: createHash('sha256').update(raw).digest('hex') };
}

/** The whole build: same data in → the same JSON text out. */
export function buildModelJson(dataDir: string): string {
  const { docs, labels, sha256 } = loadTrainingDocs(dataDir);
  const oof = outOfFold(docs, DEFAULTS);
  const cut = chooseCutoffs(docs, oof, labels);
  const model = train(docs, DEFAULTS);
  const { index, weight } = encode(model.weights);
  const file = {
    version: MODEL_FILE_VERSION,
    buckets: BUCKETS,
    bias: Math.round(model.bias * 1e6) / 1e6,
    cutoffs: { concern: cut.concern, high: cut.high },
    training: {
      sources: [
        {
          file: SOURCE,
          sha256,
          licence: 'CC BY 4.0',
          attribution:
            'Gaur, M., Alambo, A., Sain, J. P., Kursuncu, U., Thirunarayan, K., Kavuluru, R., Sheth, A., Welton, R., Pathak, J. (2019). Knowledge-aware Assessment of Severity of Suicide Risk for Early Intervention. The Web Conference (WWW 2019).',
          rows: 'half A of the author split (FNV-1a of the user), posts labelled with their user’s C-SSRS level',
        },
      ],
      notUsed: ['risk/feix_twitter.jsonl (no licence: evaluation only)', 'risk/sdcnl_reddit.jsonl (no licence: evaluation only)'],
      documents: docs.length,
      targets: TARGETS,
      options: DEFAULTS,
      cutoffChoice: cut.note,
      outOfFoldHalfA: cut.figures,
    },
    index,
    weight,
  };
  return `${JSON.stringify(file)}\n`;
}

const here = path.dirname(fileURLToPath(import.meta.url));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir = findSharedData();
  if (!dataDir) {
    console.error('No shared data found (set STEADFAST_SHARED_DATA): nothing trained.');
    process.exit(1);
  }
  const json = buildModelJson(dataDir);
  const out = path.resolve(here, '../src/model/weights.v1.json');
  writeFileSync(out, json);
  const parsed = JSON.parse(json) as { cutoffs: unknown; index: unknown[]; training: { outOfFoldHalfA: unknown } };
  console.log(`wrote ${out}: ${parsed.index.length} weights, ${(json.length / 1024).toFixed(0)} KiB`);
  console.log('cut-offs', parsed.cutoffs, 'out-of-fold on half A', parsed.training.outOfFoldHalfA);
}
