import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One headline number a benchmark reports, with its target when it has one. */
export type BenchFigure = { name: string; figure: number; unit: string; target?: string; pass?: boolean };

/** Prints figures as an aligned table. */
export function printFigures(title: string, figures: BenchFigure[]): void {
  const rows = figures.map((f) => [f.name, formatNumber(f.figure), f.unit, f.target ?? '', f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL']);
  const header = ['figure', 'value', 'unit', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

/** Three decimals for ratios, whole numbers for large counts. */
export function formatNumber(n: number): string {
  return Math.abs(n) >= 100 ? Math.round(n).toString() : n.toFixed(3);
}

const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');

/**
 * Writes the details behind a benchmark's figures to bench/results/<bench>-latest.json and a dated
 * copy, with what the figures depend on: Node, the CPUs and how loaded the machine was.
 */
export function writeBenchResults(bench: string, figures: BenchFigure[], details: unknown, about: Record<string, unknown> = {}): void {
  mkdirSync(resultsDir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const body = `${JSON.stringify({ bench, date, ...about, node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), figures, details }, null, 2)}\n`;
  writeFileSync(path.join(resultsDir, `${bench}-${date}.json`), body);
  writeFileSync(path.join(resultsDir, `${bench}-latest.json`), body);
}

/** Runs a benchmark when its own file is started (`npx tsx bench/<name>/<name>.bench.ts`), not when bench/run.ts imports it. */
export function runWhenMain(moduleUrl: string, run: () => Promise<unknown>): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  run().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
