/**
 * Risk screener benchmark (SPEC §2.9): recall, specificity, any-risk F1 and AUC on the
 * labelled development data in ../shared/data/risk, throughput on one core, and coverage of
 * the Suicide Risk Lexicon. Run: npx tsx bench/screener/screener.bench.ts
 * The phrase tiers are never tuned to rows of this data; the score that matters is the
 * held-out evaluation kept elsewhere.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { levelRank, maxLevel, screen, SCREENER_VERSION, screenRules, scoreWithModel, type RiskLevel, type ScreenResult } from '@steadfast/screener';
import { type BenchFigure, formatNumber, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';
import { loadRiskSources, repoRoot, sharedDataDir, type Source } from './data';
import { loadLexicon, measureCoverage, type ConstructCoverage } from './lexicon';
import { anyRiskAuc, anyRiskF1, perLabel, recall, specificity, type LabelShare, type Unit } from './metrics';
import { halfOf, type Half } from './split';
import { throughput, type Throughput } from './throughput';

const TARGET_RECALL = 0.9;
const TARGET_SPECIFICITY = 0.8;
const TARGET_RATE = 20_000;
const TARGET_F1 = 0.836;
const TARGET_AUC = 0.78;
/** The model may cost at most twice what the rules cost per text (issue 15). */
const TARGET_MODEL_COST = 2;

/** Rules alone, or rules and the learned model (the shipped screen()). */
type Variant = 'rules' | 'rules+model';
const VARIANTS: Variant[] = ['rules', 'rules+model'];

/** A level plus a finer score for AUC: the level's rank plus the model's probability. */
function scoreText(text: string, variant: Variant): { level: RiskLevel; score: number } {
  const result: ScreenResult = variant === 'rules' ? screenRules(text) : screen(text);
  const extra = variant === 'rules' ? 0 : 0.999 * scoreWithModel(text).probability;
  return { level: result.level, score: levelRank(result.level) + extra };
}
/** The pooled headline uses users from the per-post file, not the truncated per-user file. */
const POOLED = new Set(['cssrs_reddit_posts.jsonl', 'feix_twitter.jsonl', 'sdcnl_reddit.jsonl']);

interface SourceReport {
  file: string;
  unit: 'text' | 'user';
  labels: LabelShare[];
  recallConcern: number;
  recallHigh: number;
  specificity: number;
  specificityHigh: number;
  f1: number;
  auc: number;
}

interface HalfUnit extends Unit {
  half: Half;
}

/** Scores each source: per text, or per user (highest level and score over their posts). */
function scoreSource(source: Source, variant: Variant): HalfUnit[] {
  if (!source.byGroup) return source.rows.map((r) => ({ label: r.label, ...scoreText(r.text, variant), half: halfOf(r) }));
  const users = new Map<string, { label: string; level: RiskLevel; score: number; half: Half }>();
  for (const r of source.rows) {
    const key = r.group ?? r.id;
    const user = users.get(key) ?? { label: r.label, level: 'none', score: 0, half: halfOf(r) };
    const s = scoreText(r.text, variant);
    users.set(key, { ...user, level: maxLevel(user.level, s.level), score: Math.max(user.score, s.score) });
  }
  return [...users.values()];
}

interface HalfReport {
  variant: Variant;
  half: Half | 'both';
  n: number;
  recallConcern: number;
  recallHigh: number;
  specificity: number;
  specificityHigh: number;
  f1: number;
  auc: number;
}

/**
 * The pooled figures on each half of the author split (split.ts): changes are decided on
 * half A only, so a gap between A and B is a sign of fitting A's rows.
 */
function halves(variant: Variant, pooled: HalfUnit[]): HalfReport[] {
  return (['A', 'B', 'both'] as const).map((half) => {
    const units = half === 'both' ? pooled : pooled.filter((u) => u.half === half);
    return {
      variant,
      half,
      n: units.length,
      recallConcern: recall(units, 'concern'),
      recallHigh: recall(units, 'high'),
      specificity: specificity(units),
      specificityHigh: specificity(units, 'high'),
      f1: anyRiskF1(units),
      auc: anyRiskAuc(units),
    };
  });
}

function printHalves(reports: HalfReport[]): void {
  console.log('\nPooled, by half of the author split (decisions on A; the model trains on C-SSRS half A only)');
  console.log('  variant      half      n  recall≥concern  recall≥high  spec≥concern  spec≥high     F1    AUC');
  for (const r of reports) {
    const cells = [r.recallConcern, r.recallHigh, r.specificity, r.specificityHigh, r.f1, r.auc].map(formatNumber);
    console.log(
      `  ${r.variant.padEnd(12)} ${r.half.padEnd(4)} ${String(r.n).padStart(6)}  ${cells[0]?.padStart(14)}  ${cells[1]?.padStart(11)}  ${cells[2]?.padStart(12)}  ${cells[3]?.padStart(9)}  ${cells[4]?.padStart(5)}  ${cells[5]?.padStart(5)}`,
    );
  }
}

function report(file: string, unit: 'text' | 'user', units: Unit[]): SourceReport {
  return {
    file,
    unit,
    labels: perLabel(units),
    recallConcern: recall(units, 'concern'),
    recallHigh: recall(units, 'high'),
    specificity: specificity(units),
    specificityHigh: specificity(units, 'high'),
    f1: anyRiskF1(units),
    auc: anyRiskAuc(units),
  };
}

function printSources(reports: SourceReport[]): void {
  for (const r of reports) {
    console.log(`\n${r.file} (per ${r.unit})`);
    console.log('  label               n      ≥concern  ≥high');
    for (const l of r.labels) {
      console.log(
        `  ${l.label.padEnd(18)} ${String(l.n).padStart(5)}  ${formatNumber(l.atLeastConcern).padStart(8)}  ${formatNumber(l.atLeastHigh).padStart(5)}`,
      );
    }
    console.log(
      `  recall ≥concern ${formatNumber(r.recallConcern)}, ≥high ${formatNumber(r.recallHigh)}; specificity ${formatNumber(r.specificity)} (≥high ${formatNumber(r.specificityHigh)}); any-risk F1 ${formatNumber(r.f1)}; AUC ${formatNumber(r.auc)}`,
    );
  }
}

function printCoverage(coverage: ConstructCoverage[]): void {
  console.log('\nSuicide Risk Lexicon coverage (in-scope constructs)');
  console.log('  construct                                      phrases  examples flagged  tokens flagged');
  for (const c of coverage.filter((x) => x.inScope)) {
    const ex = `${c.examplesFlagged}/${c.examples}`;
    const tok = `${c.tokensFlagged}/${c.tokens}`;
    console.log(`  ${c.name.padEnd(46)} ${String(c.phrases).padStart(7)}  ${ex.padStart(16)}  ${tok.padStart(14)}`);
  }
}

function lexiconFigures(coverage: ConstructCoverage[]): BenchFigure[] {
  const inScope = coverage.filter((c) => c.inScope);
  const sum = (list: ConstructCoverage[], k: 'examples' | 'examplesFlagged' | 'tokens' | 'tokensFlagged'): number => list.reduce((a, c) => a + c[k], 0);
  return [
    {
      name: 'lexicon constructs with ≥1 phrase (all)',
      figure: coverage.filter((c) => c.phrases > 0).length / coverage.length,
      unit: `share of ${coverage.length}`,
    },
    {
      name: 'lexicon constructs with ≥1 phrase (in scope)',
      figure: inScope.filter((c) => c.phrases > 0).length / inScope.length,
      unit: `share of ${inScope.length}`,
    },
    {
      name: 'prototypical examples flagged ≥concern (in scope)',
      figure: sum(inScope, 'examplesFlagged') / sum(inScope, 'examples'),
      unit: `share of ${sum(inScope, 'examples')}`,
    },
    {
      name: 'prototypical examples flagged ≥concern (all)',
      figure: sum(coverage, 'examplesFlagged') / sum(coverage, 'examples'),
      unit: `share of ${sum(coverage, 'examples')}`,
    },
    {
      name: 'validated lexicon tokens flagged ≥concern (in scope)',
      figure: sum(inScope, 'tokensFlagged') / sum(inScope, 'tokens'),
      unit: `share of ${sum(inScope, 'tokens')}`,
    },
  ];
}

function variantFigures(variant: Variant, split: HalfReport[]): BenchFigure[] {
  const out: BenchFigure[] = [];
  for (const h of split) {
    const tag = `${variant}, ${h.half === 'both' ? 'pooled' : `half ${h.half}`}`;
    out.push(
      {
        name: `recall ideation+behaviour ≥high (${tag})`,
        figure: h.recallHigh,
        unit: 'share',
        target: `≥ ${TARGET_RECALL}`,
        pass: h.recallHigh >= TARGET_RECALL,
      },
      // The app raises a flag for a human at high or imminent (risk.service): the alerting threshold.
      {
        name: `specificity on none, below high (${tag})`,
        figure: h.specificityHigh,
        unit: 'share',
        target: `≥ ${TARGET_SPECIFICITY}`,
        pass: h.specificityHigh >= TARGET_SPECIFICITY,
      },
    );
    if (h.half !== 'both') continue;
    out.push(
      { name: `recall ideation+behaviour ≥concern (${tag})`, figure: h.recallConcern, unit: 'share' },
      { name: `specificity on none, below concern (${tag})`, figure: h.specificity, unit: 'share' },
      { name: `any-risk vs none F1 (${tag})`, figure: h.f1, unit: 'F1', target: `> ${TARGET_F1} (CLPsych 2019)`, pass: h.f1 > TARGET_F1 },
      { name: `any-risk vs none AUC (${tag})`, figure: h.auc, unit: 'AUC', target: `> ${TARGET_AUC} (Gaur 2021)`, pass: h.auc > TARGET_AUC },
    );
  }
  return out;
}

function speedFigures(rules: Throughput, model: Throughput, both: Throughput, size: ModelSize): BenchFigure[] {
  const cost = rules.perCpuSecond / model.perCpuSecond;
  return [
    {
      name: 'throughput, rules, one core (best round, per CPU s)',
      figure: rules.perCpuSecond,
      unit: 'texts/s',
      target: `≥ ${TARGET_RATE}`,
      pass: rules.perCpuSecond >= TARGET_RATE,
    },
    { name: 'throughput, model alone, one core (best round, per CPU s)', figure: model.perCpuSecond, unit: 'texts/s' },
    { name: 'model cost per text / rules cost per text', figure: cost, unit: '×', target: `≤ ${TARGET_MODEL_COST}`, pass: cost <= TARGET_MODEL_COST },
    { name: 'throughput, rules+model (screen), one core (best round)', figure: both.perCpuSecond, unit: 'texts/s' },
    { name: 'throughput, rules+model (median round, per CPU s)', figure: both.medianPerCpuSecond, unit: 'texts/s' },
    { name: 'throughput, rules+model, wall clock (machine shared)', figure: both.perWallSecond, unit: 'texts/s' },
    { name: 'model weights shipped', figure: size.weights, unit: 'weights' },
    { name: 'model file size', figure: size.kib, unit: 'KiB' },
  ];
}

interface ModelSize {
  weights: number;
  kib: number;
}

function modelSize(): ModelSize {
  const file = path.join(repoRoot(), 'packages/screener/src/model/weights.v1.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { index: unknown[] };
  return { weights: parsed.index.length, kib: statSync(file).size / 1024 };
}

/** Runs the benchmark, prints it, writes bench/results/screener-*.json, returns the figures. */
export async function runScreenerBench(): Promise<BenchFigure[]> {
  const dataDir = sharedDataDir();
  const sources = loadRiskSources(dataDir);
  if (!sources) {
    console.log(`screener bench: no labelled data at ${path.join(dataDir, 'risk')}; nothing measured.`);
    return [];
  }
  const reports = VARIANTS.flatMap((v) => sources.map((s) => report(`${s.file} [${v}]`, s.byGroup ? 'user' : 'text', scoreSource(s, v))));
  const split = VARIANTS.flatMap((v) =>
    halves(
      v,
      sources.filter((s) => POOLED.has(s.file)).flatMap((s) => scoreSource(s, v)),
    ),
  );
  const texts = sources.flatMap((s) => s.rows.map((r) => r.text));
  const speed = { rules: throughput(texts, screenRules), model: throughput(texts, scoreWithModel), both: throughput(texts, screen) };
  const size = modelSize();
  const lexicon = loadLexicon(dataDir);
  const coverage = lexicon ? measureCoverage(lexicon) : [];
  const figures = [
    ...VARIANTS.flatMap((v) =>
      variantFigures(
        v,
        split.filter((h) => h.variant === v),
      ),
    ),
    ...speedFigures(speed.rules, speed.model, speed.both, size),
    ...(lexicon ? lexiconFigures(coverage) : []),
  ];
  printSources(reports);
  if (lexicon) printCoverage(coverage);
  printHalves(split);
  printFigures(`Risk screener ${SCREENER_VERSION} (throughput over texts averaging ${Math.round(speed.rules.charsPerText)} chars)`, figures);
  if (!lexicon) console.log('Suicide Risk Lexicon not found: coverage not measured.');
  writeBenchResults(
    'screener',
    figures,
    { pooledSources: [...POOLED], halves: split, sources: reports, speed, modelSize: size, lexiconCoverage: coverage },
    { screenerVersion: SCREENER_VERSION },
  );
  return figures;
}

runWhenMain(import.meta.url, runScreenerBench);
