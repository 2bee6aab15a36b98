/**
 * Messages benchmark (issue 4): sends per second and p50/p99 latency of
 * `POST /api/v1/clients/{id}/messages` with 50 concurrent senders on PostgreSQL, against the real
 * app listening on a port, side by side with a bare Fastify route doing one INSERT into the same
 * database. Target: the real send reaches at least 30% of the bare route's throughput.
 *
 *   npx tsx bench/messages/messages.bench.ts   (needs PostgreSQL at STEADFAST_TEST_PG_URL or 127.0.0.1:5432)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PostgresCpuMeter, processCpuMs } from '../lib/cpu';
import { type BenchFigure, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';
import { runLoad, type LoadResult } from './load';

/** What this benchmark needs on the machine (bench/run.ts skips it, saying so, when absent). */
export const needs = ['postgres'] as const;

const CONCURRENCY = 50;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const WARMUP_MS = 2_000;
const TARGET_RATIO = 0.3;
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** Runs the benchmark, prints it, writes bench/results/messages-*.json, returns the figures. */
export async function runMessagesBench(): Promise<BenchFigure[]> {
  // The test helper picks PostgreSQL from this variable when it is first loaded.
  process.env.STEADFAST_TEST_DB = 'postgres';
  const { createTestDatabase } = await import('../../apps/server/src/testing/test-database');
  const { freePort, signInOver, startServerProcess } = await import('../../apps/server/src/testing/server-process');
  const database = await createTestDatabase();
  let app: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  let bare: ChildProcess | undefined;
  try {
    app = await startServerProcess({ DATABASE_URL: database.url!, JOBS: 'on' });
    const sam = await signInOver(app.url, 'sam');
    const barePort = await freePort();
    bare = await startBare(database.url!, barePort);
    const bareUrl = `http://127.0.0.1:${barePort}`;

    const intents = ['share', 'before_session', 'soon'] as const;
    const appRequest = (n: number) => ({
      path: `/api/v1/clients/${sam.clientId}/messages`,
      headers: { cookie: sam.cookie, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ intent: intents[n % intents.length], body: `Benchmark message ${n}: a few ordinary words about my week.` }),
    });
    const bareRequest = (n: number) => ({
      path: '/bare/messages',
      headers: {},
      body: JSON.stringify({ body: `Benchmark message ${n}: a few ordinary words about my week.` }),
    });

    await runLoad(app.url, CONCURRENCY, WARMUP_MS, appRequest, 201);
    await runLoad(bareUrl, CONCURRENCY, WARMUP_MS, bareRequest, 201);
    const postgres = PostgresCpuMeter.start();
    const committed = await commitCounter(database.url!);
    await settleStatistics();
    const app0 = { node: processCpuMs(app.child.pid), postgres: postgres?.totalMs() ?? 0, commits: await committed() };
    const real = await runLoad(app.url, CONCURRENCY, DURATION_MS, appRequest, 201);
    const app1 = { node: processCpuMs(app.child.pid), postgres: postgres?.totalMs() ?? 0 };
    await settleStatistics();
    const appCommits = await committed();
    const bare0 = { node: processCpuMs(bare.pid), postgres: postgres?.totalMs() ?? 0 };
    const baseline = await runLoad(bareUrl, CONCURRENCY, DURATION_MS, bareRequest, 201);
    const bare1 = { node: processCpuMs(bare.pid), postgres: postgres?.totalMs() ?? 0 };
    postgres?.stop();
    const perSend = (a: number, b: number) => (b - a) / Math.max(1, real.ok);
    const perBare = (a: number, b: number) => (b - a) / Math.max(1, baseline.ok);
    const costs: Costs = {
      appCpuPerSend: perSend(app0.node, app1.node),
      bareCpuPerRequest: perBare(bare0.node, bare1.node),
      postgresCpuPerSend: postgres ? perSend(app0.postgres, app1.postgres) : undefined,
      postgresCpuPerBareRequest: postgres ? perBare(bare0.postgres, bare1.postgres) : undefined,
      // Group commit: concurrent sends share statements, so fewer commits than sends.
      commitsPerSend: perSend(app0.commits, appCommits),
    };
    const figures = [...toFigures(real, baseline), ...costFigures(costs)];
    printFigures(
      `Messages: ${CONCURRENCY} concurrent senders for ${DURATION_MS / 1000} s each, PostgreSQL, ${os.cpus().length} CPUs shared by load, app and database`,
      figures,
    );
    writeBenchResults('messages', figures, {
      real,
      baseline,
      ...costs,
      concurrency: CONCURRENCY,
      durationMs: DURATION_MS,
      loadAverage: os.loadavg(),
    });
    return figures;
  } finally {
    await app?.stop();
    if (bare && bare.exitCode === null) {
      bare.kill('SIGTERM');
      await new Promise((r) => bare!.once('exit', r));
    }
    await database.drop();
  }
}

function toFigures(real: LoadResult, baseline: LoadResult): BenchFigure[] {
  const ratio = baseline.perSecond > 0 ? real.perSecond / baseline.perSecond : 0;
  return [
    { name: 'POST messages: sends per second', figure: real.perSecond, unit: 'sends/s' },
    { name: 'POST messages: p50 latency', figure: real.p50Ms, unit: 'ms' },
    { name: 'POST messages: p99 latency', figure: real.p99Ms, unit: 'ms' },
    { name: 'POST messages: failed requests', figure: real.failed, unit: 'requests', target: '0', pass: real.failed === 0 },
    { name: 'bare INSERT route: requests per second', figure: baseline.perSecond, unit: 'req/s' },
    { name: 'bare INSERT route: p50 latency', figure: baseline.p50Ms, unit: 'ms' },
    { name: 'bare INSERT route: p99 latency', figure: baseline.p99Ms, unit: 'ms' },
    { name: 'throughput ratio, messages / bare', figure: ratio, unit: 'share', target: `≥ ${TARGET_RATIO}`, pass: ratio >= TARGET_RATIO },
  ];
}

interface Costs {
  appCpuPerSend: number;
  bareCpuPerRequest: number;
  postgresCpuPerSend: number | undefined;
  postgresCpuPerBareRequest: number | undefined;
  commitsPerSend: number;
}

/** What each request cost the app server and the database: the figures that explain the ratio. */
function costFigures(c: Costs): BenchFigure[] {
  const figures: BenchFigure[] = [];
  if (process.platform === 'linux') {
    figures.push({ name: 'app server CPU per send (Node process only)', figure: c.appCpuPerSend, unit: 'ms' });
    figures.push({ name: 'bare server CPU per request (Node process only)', figure: c.bareCpuPerRequest, unit: 'ms' });
  }
  if (c.postgresCpuPerSend !== undefined) figures.push({ name: 'PostgreSQL CPU per send', figure: c.postgresCpuPerSend, unit: 'ms' });
  if (c.postgresCpuPerBareRequest !== undefined) figures.push({ name: 'PostgreSQL CPU per bare request', figure: c.postgresCpuPerBareRequest, unit: 'ms' });
  figures.push({ name: 'transactions committed per send (its reads included)', figure: c.commitsPerSend, unit: 'commits' });
  return figures;
}

/** Backends report their counts at most once a second: wait for the last of them before counting. */
function settleStatistics(): Promise<void> {
  return new Promise((r) => setTimeout(r, 1_500));
}

/** Reads how many transactions the benchmark's database has committed so far (pg_stat_database). */
async function commitCounter(url: string): Promise<() => Promise<number>> {
  const { default: pg } = await import('pg');
  return async () => {
    const client = new pg.Client(url);
    await client.connect();
    try {
      // The statistics are per backend until it reports them: ask for a fresh snapshot.
      await client.query('select pg_stat_clear_snapshot()');
      const { rows } = await client.query<{ n: string }>('select xact_commit as n from pg_stat_database where datname = current_database()');
      return Number(rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  };
}

async function startBare(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'bare-server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bare server exited with ${child.exitCode}`);
    if (
      await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('bare server did not start');
}

runWhenMain(import.meta.url, runMessagesBench);
