/**
 * Fuzz benchmark (issue 7): at least 10,000 generated requests against every operation of the
 * OpenAPI description, as ten different callers (the demo people, another practice's admin,
 * clinician and client, a stale cookie, nobody), on the real app and a real database. Targets:
 * 0 responses ≥ 500, 0 error bodies outside the one error shape (SPEC §4), 0 successes on another
 * practice's client. The generator and checks are apps/server/src/testing/fuzz (the suite runs a
 * smaller seeded pass of the same).
 *
 *   npx tsx bench/fuzz/fuzz.bench.ts                       (PGlite; BENCH_FUZZ_RUNS=10000, BENCH_FUZZ_SEED)
 *   STEADFAST_TEST_DB=postgres npx tsx bench/fuzz/fuzz.bench.ts   (PostgreSQL at STEADFAST_TEST_PG_URL)
 */
import os from 'node:os';
import { type BenchFigure, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';

/** Runs on the embedded database by default, so it needs nothing from the machine. */
export const needs = [] as const;

const RUNS = Number(process.env.BENCH_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.BENCH_FUZZ_SEED ?? Date.now() % 2 ** 31);

/** Runs the benchmark, prints it, writes bench/results/fuzz-*.json, returns the figures. */
export async function runFuzzBench(): Promise<BenchFigure[]> {
  const { createTestApp } = await import('../../apps/server/src/testing/test-app');
  const { testTarget } = await import('../../apps/server/src/testing/test-database');
  const { prepareFuzzWorld } = await import('../../apps/server/src/testing/fuzz/fuzz-world');
  const { coverage, runFuzz } = await import('../../apps/server/src/testing/fuzz/fuzz-runner');
  // Errors are logged, so a 5xx comes with its stack; everything else stays quiet.
  const t = await createTestApp({ config: { logLevel: 'error' } });
  try {
    const world = await prepareFuzzWorld(t.app, t.deps.database.db, t.demo);
    const started = Date.now();
    const stats = await runFuzz(world, {
      runs: RUNS,
      seed: SEED,
      keepViolations: 50,
      onProgress: (s) =>
        process.stdout.write(`\r${s.requests} requests, ${s.violationCounts['server-error']} 5xx, ${s.violationCounts['error-shape']} shape violations`),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write('\n');
    const cover = coverage(stats);
    const figures: BenchFigure[] = [
      { name: 'requests sent', figure: stats.requests, unit: 'requests', target: '≥ 10000', pass: stats.requests >= 10_000 },
      {
        name: 'routes covered (got requests)',
        figure: cover.reached,
        unit: `of ${cover.operations}`,
        target: `${cover.operations}`,
        pass: cover.reached === cover.operations,
      },
      { name: 'routes that answered 2xx at least once', figure: cover.succeeded, unit: `of ${cover.operations}` },
      {
        name: 'responses ≥ 500',
        figure: stats.violationCounts['server-error'],
        unit: 'responses',
        target: '0',
        pass: stats.violationCounts['server-error'] === 0,
      },
      {
        name: 'error bodies outside the error shape',
        figure: stats.violationCounts['error-shape'],
        unit: 'responses',
        target: '0',
        pass: stats.violationCounts['error-shape'] === 0,
      },
      {
        name: "2xx on another practice's client",
        figure: stats.violationCounts['cross-practice'],
        unit: 'responses',
        target: '0',
        pass: stats.violationCounts['cross-practice'] === 0,
      },
      { name: 'requests that hung (> 15 s)', figure: stats.violationCounts.hang, unit: 'requests', target: '0', pass: stats.violationCounts.hang === 0 },
      { name: 'requests per second (one at a time)', figure: stats.requests / seconds, unit: 'req/s' },
    ];
    printFigures(
      `Fuzz: ${stats.requests} requests over ${cover.operations} operations, seed ${SEED}, ${testTarget}, ${os.cpus().length} CPUs (load ${os.loadavg()[0]!.toFixed(1)})`,
      figures,
    );
    console.log(
      `Statuses: ${Object.entries(stats.byStatus)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
    if (cover.neverSucceeded.length) console.log(`Never answered 2xx: ${cover.neverSucceeded.join(', ')}`);
    for (const v of stats.violations.slice(0, 10))
      console.log(`VIOLATION ${v.kind} ${v.status} ${v.actor} ${v.method} ${v.url}\n  request ${v.request}\n  response ${v.response}`);
    writeBenchResults('fuzz', figures, {
      seed: SEED,
      runs: RUNS,
      database: testTarget,
      seconds,
      byStatus: stats.byStatus,
      byOperation: stats.byOperation,
      unsendable: stats.unsendable,
      signInFailures: stats.signInFailures,
      violations: stats.violations,
      loadAverage: os.loadavg(),
    });
    return figures;
  } finally {
    await t.close();
  }
}

runWhenMain(import.meta.url, runFuzzBench);
