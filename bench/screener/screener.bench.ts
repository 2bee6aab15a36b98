/**
 * Risk screener benchmark (SPEC §2.9): recall, specificity, any-risk F1 and AUC on the
 * labelled development data in ../shared/data/risk, throughput on one core, and coverage of
 * the Suicide Risk Lexicon. Run: npx tsx bench/screener/screener.bench.ts
 * The phrase tiers are never tuned to rows of this data; the score that matters is the
 * held-out evaluation kept elsewhere.
 */
import path from 'node:path';
import { maxLevel, screen, SCREENER_VERSION, type RiskLevel } from '@steadfast/screener';
import { type BenchFigure, formatNumber, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';
import { loadRiskSources, repoRoot, sharedDataDir, type Source } from './data';
import { loadLexicon, measureCoverage, type ConstructCoverage } from './lexicon';
import { anyRiskAuc, anyRiskF1, perLabel, recall, specificity, type LabelShare, type Unit } from './metrics';
import { halfOf, type Half } from './split';

const TARGET_RECALL = 0.9;
const TARGET_SPECIFICITY = 0.8;
const TARGET_RATE = 20_000;
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

/** Scores each source: per text, or per user (highest level over their posts). */
function scoreSource(source: Source): HalfUnit[] {
  if (!source.byGroup) return source.rows.map((r) => ({ label: r.label, level: screen(r.text).level, half: halfOf(r) }));
  const users = new Map<string, { label: string; levels: RiskLevel[]; half: Half }>();
  for (const r of source.rows) {
    const key = r.group ?? r.id;
    const user = users.get(key) ?? { label: r.label, levels: [], half: halfOf(r) };
    user.levels.push(screen(r.text).level);
    users.set(key, user);
  }
  return [...users.values()].map((u) => ({ label: u.label, level: maxLevel(...u.levels), half: u.half }));
}

interface HalfReport {
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
function halves(pooled: HalfUnit[]): HalfReport[] {
  return (['A', 'B', 'both'] as const).map((half) => {
    const units = half === 'both' ? pooled : pooled.filter((u) => u.half === half);
    return {
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
  console.log('\nPooled, by half of the author split (decisions are made on A only)');
  console.log('  half      n  recall≥concern  recall≥high  spec≥concern  spec≥high     F1    AUC');
  for (const r of reports) {
    const cells = [r.recallConcern, r.recallHigh, r.specificity, r.specificityHigh, r.f1, r.auc].map(formatNumber);
    console.log(
      `  ${r.half.padEnd(4)} ${String(r.n).padStart(6)}  ${cells[0]?.padStart(14)}  ${cells[1]?.padStart(11)}  ${cells[2]?.padStart(12)}  ${cells[3]?.padStart(9)}  ${cells[4]?.padStart(5)}  ${cells[5]?.padStart(5)}`,
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

interface Throughput {
  /** Texts per second of this process's own CPU time, best of the rounds (least disturbed). */
  perCpuSecond: number;
  /** The median round, per CPU second. */
  medianPerCpuSecond: number;
  /** Texts per wall-clock second over all rounds: lower when other processes share the cores. */
  perWallSecond: number;
  charsPerText: number;
}

/** SCREENER_BENCH_ROUNDS=1 for a quick run while developing on a shared machine. */
const ROUNDS = Math.max(1, Number(process.env.SCREENER_BENCH_ROUNDS ?? 7));

/**
 * Throughput on one core (Node runs screen() on one thread) over typical texts (≤ 600 chars),
 * in rounds over the whole set. CPU time rather than wall time, and the best round as well as
 * the median, because these machines are shared: other work inflates wall time and, less,
 * CPU time; the best round is the closest to the code's own cost.
 */
function throughput(texts: string[]): Throughput {
  const typical = texts.filter((t) => t.length <= 600);
  for (const t of typical.slice(0, 2000)) screen(t); // warm the JIT and the word cache
  const chars = typical.reduce((n, t) => n + t.length, 0);
  const rates: number[] = [];
  const wallStart = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round += 1) {
    const cpuStart = process.cpuUsage();
    for (const t of typical) screen(t);
    const cpu = process.cpuUsage(cpuStart);
    rates.push(typical.length / ((cpu.user + cpu.system) / 1e6));
  }
  const wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
  rates.sort((a, b) => a - b);
  return {
    perCpuSecond: rates[rates.length - 1] ?? 0,
    medianPerCpuSecond: rates[Math.floor(rates.length / 2)] ?? 0,
    perWallSecond: (typical.length * ROUNDS) / wall,
    charsPerText: chars / Math.max(1, typical.length),
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

function headline(pooled: Unit[], speed: Throughput): BenchFigure[] {
  const rate = speed.perCpuSecond;
  const r = recall(pooled, 'concern');
  const s = specificity(pooled);
  return [
    { name: 'recall ideation+behaviour ≥concern (pooled)', figure: r, unit: 'share', target: `≥ ${TARGET_RECALL}`, pass: r >= TARGET_RECALL },
    { name: 'recall ideation+behaviour ≥high (pooled)', figure: recall(pooled, 'high'), unit: 'share' },
    { name: 'specificity on none, not flagged ≥concern (pooled)', figure: s, unit: 'share', target: `≥ ${TARGET_SPECIFICITY}`, pass: s >= TARGET_SPECIFICITY },
    // The app raises a flag for a human at high or imminent (risk.service): the alerting threshold.
    { name: 'specificity on none, not flagged ≥high (pooled)', figure: specificity(pooled, 'high'), unit: 'share' },
    { name: 'any-risk vs none F1 (pooled)', figure: anyRiskF1(pooled), unit: 'F1', target: 'ref. CLPsych 2019: 0.836' },
    { name: 'any-risk vs none AUC (pooled, level as score)', figure: anyRiskAuc(pooled), unit: 'AUC', target: 'ref. Gaur 2021: 0.78' },
    { name: 'throughput, one core (best round, per CPU s)', figure: rate, unit: 'texts/s', target: `≥ ${TARGET_RATE}`, pass: rate >= TARGET_RATE },
    { name: 'throughput, one core (median round, per CPU s)', figure: speed.medianPerCpuSecond, unit: 'texts/s' },
    { name: 'throughput, wall clock (machine shared)', figure: speed.perWallSecond, unit: 'texts/s' },
  ];
}

/** Runs the benchmark, prints it, writes bench/results/screener-*.json, returns the figures. */
export async function runScreenerBench(): Promise<BenchFigure[]> {
  const dataDir = sharedDataDir();
  const sources = loadRiskSources(dataDir);
  if (!sources) {
    console.log(`screener bench: no labelled data at ${path.join(dataDir, 'risk')}; nothing measured.`);
    return [];
  }
  const reports = sources.map((s) => report(s.file, s.byGroup ? 'user' : 'text', scoreSource(s)));
  const pooled = sources.filter((s) => POOLED.has(s.file)).flatMap(scoreSource);
  const split = halves(pooled);
  const speed = throughput(sources.flatMap((s) => s.rows.map((r) => r.text)));
  const lexicon = loadLexicon(dataDir);
  const coverage = lexicon ? measureCoverage(lexicon) : [];
  const figures = [...headline(pooled, speed), ...(lexicon ? lexiconFigures(coverage) : [])];
  printSources(reports);
  if (lexicon) printCoverage(coverage);
  printHalves(split);
  printFigures(`Risk screener ${SCREENER_VERSION} (throughput over texts averaging ${Math.round(speed.charsPerText)} chars)`, figures);
  if (!lexicon) console.log('Suicide Risk Lexicon not found: coverage not measured.');
  writeBenchResults(
    'screener',
    figures,
    { pooledSources: [...POOLED], halves: split, sources: reports, lexiconCoverage: coverage },
    { screenerVersion: SCREENER_VERSION },
  );
  return figures;
}

runWhenMain(import.meta.url, runScreenerBench);
