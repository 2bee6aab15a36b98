/**
 * `npm run bench`: every benchmark in bench/<name>/*.bench.ts that exports a `run…Bench()`, one
 * after another (they would skew each other side by side), then ONE table of every figure and
 * bench/results/latest.json plus a dated copy. A benchmark declares what it needs with
 * `export const needs = ['postgres' | 'chromium', …]`; when that is missing here it is skipped,
 * and the table says why.
 *
 *   npm run bench               every benchmark
 *   npm run bench -- web        only the named ones (folder names)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { formatNumber, type BenchFigure } from './lib/figures';

type Need = 'postgres' | 'chromium';
type Outcome =
  { bench: string; status: 'ran'; figures: BenchFigure[]; seconds: number } | { bench: string; status: 'skipped' | 'failed'; reason: string; figures: [] };

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const pgUrl = process.env.STEADFAST_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why a need is not met on this machine, or null when it is. */
const missing: Record<Need, () => Promise<string | null>> = {
  postgres: async () => ((await postgresAnswers()) ? null : `needs PostgreSQL: none answers at ${pgUrl} (set STEADFAST_TEST_PG_URL)`),
  chromium: async () => (fs.existsSync(chromiumPath) ? null : `needs Chromium: none at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`),
};

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Each benchmark module: bench/<name>/<anything>.bench.ts, in folder order. */
function benchModules(only: string[]): { bench: string; file: string }[] {
  return fs
    .readdirSync(benchDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib' && d.name !== 'results' && (only.length === 0 || only.includes(d.name)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) =>
      fs
        .readdirSync(path.join(benchDir, d.name))
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
        .map((f) => ({ bench: d.name, file: path.join(benchDir, d.name, f) })),
    );
}

async function runOne(bench: string, file: string): Promise<Outcome[]> {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const runners = Object.entries(mod).filter((e): e is [string, () => Promise<BenchFigure[]>] => /^run[A-Z]\w*Bench$/.test(e[0]) && typeof e[1] === 'function');
  const needs = (Array.isArray(mod.needs) ? mod.needs : []) as Need[];
  const reasons = (
    await Promise.all(needs.map((n) => (missing[n] ? missing[n]() : Promise.resolve(`needs "${n}", which bench/run.ts does not know how to check`))))
  ).filter((r): r is string => r !== null);
  const outcomes: Outcome[] = [];
  for (const [name] of runners) console.log(`\n=== ${bench}: ${name}() ===`);
  if (reasons.length > 0) {
    for (const reason of reasons) console.log(`SKIPPED ${bench}: ${reason}`);
    return [{ bench, status: 'skipped', reason: reasons.join('; '), figures: [] }];
  }
  for (const [name, run] of runners) {
    const started = Date.now();
    try {
      outcomes.push({ bench, status: 'ran', figures: await run(), seconds: (Date.now() - started) / 1000 });
    } catch (err) {
      console.error(`FAILED ${bench} (${name}):`, err);
      outcomes.push({ bench, status: 'failed', reason: err instanceof Error ? err.message.split('\n')[0]! : String(err), figures: [] });
    }
  }
  return outcomes;
}

/** One table: bench, figure, value, unit, target, pass/short; a skipped or failed benchmark is one row saying why. */
function printTable(outcomes: Outcome[]): void {
  const rows: string[][] = outcomes.flatMap((o) =>
    o.status === 'ran'
      ? o.figures.map((f) => [o.bench, f.name, formatNumber(f.figure), f.unit, f.target ?? '', f.pass === undefined ? '' : f.pass ? 'pass' : 'short'])
      : [[o.bench, o.reason, '', '', '', o.status]],
  );
  const header = ['bench', 'figure', 'value', 'unit', 'target', 'pass/short'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(
    `\nAll benchmarks (${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`,
  );
  for (const row of rows) console.log(line(row));
}

function writeResults(outcomes: Outcome[]): void {
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const body = `${JSON.stringify({ date, node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), benches: outcomes }, null, 2)}\n`;
  fs.writeFileSync(path.join(dir, `${date}.json`), body);
  fs.writeFileSync(path.join(dir, 'latest.json'), body);
}

const only = process.argv.slice(2);
const modules = benchModules(only);
if (modules.length === 0) {
  console.error(`No benchmark found${only.length ? ` named ${only.join(', ')}` : ''} in ${benchDir}/<name>/*.bench.ts`);
  process.exit(1);
}
const outcomes: Outcome[] = [];
for (const { bench, file } of modules) outcomes.push(...(await runOne(bench, file)));
printTable(outcomes);
writeResults(outcomes);
console.log(`\nWrote bench/results/latest.json and bench/results/${new Date().toISOString().slice(0, 10)}.json`);
if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
