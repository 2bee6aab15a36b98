/**
 * Where a crisis message's time goes, statement by statement (issue 19): one app built in this
 * process on a fresh PostgreSQL database, Sam sending `crisis` messages one at a time, and every
 * statement the app's connections send timed from its start to its answer. Prints, per phase of
 * the path, the round trips and their time, median over the sends:
 *
 *   - the POST itself (the send's transaction: context, flag, ladder, message, commit);
 *   - from its commit to `flag.raised` on the on-call stream (the sequencer: woken by NOTIFY,
 *     numbers and announces);
 *   - from its commit to the step-0 notice (`notification.created`, the job runner).
 *
 *   npx tsx bench/crisis/profile.ts            (PROFILE_SENDS=40 by default)
 */
import os from 'node:os';
import pg from 'pg';
import { summarize } from '../lib/quantiles';

const SENDS = Number(process.env.PROFILE_SENDS ?? 40);

interface Timed {
  text: string;
  startedAt: number;
  ms: number;
}

/** Every statement sent on any pg connection of this process, with its round-trip time. */
function recordStatements(): { take(): Timed[] } {
  let log: Timed[] = [];
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; name?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? first?.name ?? '?');
    const startedAt = performance.now();
    const entry: Timed = { text: text.replace(/\s+/g, ' ').slice(0, 110), startedAt, ms: 0 };
    const done = () => (entry.ms = performance.now() - startedAt);
    // pg.Pool's query hands the client a callback (last argument, or the query object's own): time it too.
    const last = args.length - 1;
    const viaCallback = typeof args[last] === 'function';
    if (viaCallback) {
      const callback = args[last] as (...a: unknown[]) => unknown;
      args[last] = (...a: unknown[]) => (done(), callback(...a));
    }
    const result = original.apply(this, args);
    if (viaCallback) log.push(entry);
    else if (result && typeof (result as Promise<unknown>).then === 'function') {
      log.push(entry);
      (result as Promise<unknown>).then(done, done);
    }
    return result;
  } as typeof pg.Client.prototype.query;
  return {
    take() {
      const taken = log;
      log = [];
      return taken;
    },
  };
}

async function main(): Promise<void> {
  process.env.STEADFAST_TEST_DB = 'postgres';
  const statements = recordStatements();
  const { createTestDatabase } = await import('../../apps/server/src/testing/test-database');
  const { loadConfig } = await import('../../apps/server/src/config');
  const { createLogger } = await import('../../apps/server/src/http/logging');
  const { systemClock } = await import('../../apps/server/src/jobs/clock');
  const { seedDemo } = await import('../../apps/server/src/demo/seed-demo');
  const { buildApp } = await import('../../apps/server/src/app');
  const { JobRunner } = await import('../../apps/server/src/jobs/runner');
  const { registerJobHandlers } = await import('../../apps/server/src/job-handlers');
  const { openTimedStream } = await import('./event-stream');
  const { DEMO_PASSWORD, demoPeople } = await import('../../apps/server/src/demo/demo-people');

  const testDb = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: testDb.url, DEMO: 'on', LOG_LEVEL: 'warn', PORT: '0' });
  const deps = { database: testDb.database, config, clock: systemClock, log: createLogger('warn') };
  const demo = await seedDemo(deps);
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const runner = registerJobHandlers(new JobRunner(deps));
  await runner.start();
  try {
    const signIn = async (who: 'sam' | 'omar') => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: demoPeople[who].email, password: DEMO_PASSWORD } });
      return String(res.headers['set-cookie']).split(';')[0]!;
    };
    const [sam, omar] = [await signIn('sam'), await signIn('omar')];
    const arrivals = new Map<string, number>();
    const stream = await openTimedStream(url, omar, (e) => {
      if (e.clientId === demo.clients.sam && !arrivals.has(e.type)) arrivals.set(e.type, e.arrivedAt);
    });
    const phases: Record<string, { ms: number[]; trips: number[]; texts: Map<string, number[]> }> = {};
    const add = (phase: string, trips: Timed[], ms: number) => {
      const p = (phases[phase] ??= { ms: [], trips: [], texts: new Map() });
      p.ms.push(ms);
      p.trips.push(trips.length);
      for (const t of trips) p.texts.set(t.text, [...(p.texts.get(t.text) ?? []), t.ms]);
    };
    for (let i = 0; i < SENDS; i += 1) {
      await new Promise((r) => setTimeout(r, 1200));
      arrivals.clear();
      statements.take();
      const started = performance.now();
      const res = await fetch(`${url}/api/v1/clients/${demo.clients.sam}/messages`, {
        method: 'POST',
        headers: { cookie: sam, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ intent: 'crisis', body: "I don't feel safe tonight and I don't know what to do." }),
      });
      const answered = performance.now();
      if (res.status !== 201) throw new Error(`send answered ${res.status}`);
      const deadline = performance.now() + 5000;
      while ((!arrivals.has('flag.raised') || !arrivals.has('notification.created')) && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, 50));
      const all = statements.take();
      const flagAt = arrivals.get('flag.raised') ?? NaN;
      const noticeAt = arrivals.get('notification.created') ?? NaN;
      add(
        'POST (send transaction)',
        all.filter((s) => s.startedAt < answered),
        answered - started,
      );
      add(
        'answer → flag.raised on stream',
        all.filter((s) => s.startedAt >= answered && s.startedAt < flagAt),
        flagAt - answered,
      );
      add(
        'answer → step-0 notice on stream',
        all.filter((s) => s.startedAt >= answered && s.startedAt < noticeAt),
        noticeAt - answered,
      );
    }
    await stream.close();
    console.log(
      `\nCrisis path profile: ${SENDS} crisis sends by Sam, one at a time, one app server on PostgreSQL; load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
    for (const [phase, p] of Object.entries(phases)) {
      const ms = summarize(p.ms);
      console.log(`${phase}: p50 ${ms.p50.toFixed(1)} ms, p99 ${ms.p99.toFixed(1)} ms, round trips p50 ${summarize(p.trips).p50}`);
      const rows = [...p.texts.entries()].map(([text, times]) => ({ text, perSend: times.length / SENDS, p50: summarize(times).p50 }));
      rows.sort((a, b) => b.perSend * b.p50 - a.perSend * a.p50);
      for (const r of rows.slice(0, 25)) console.log(`  ${r.perSend.toFixed(2).padStart(5)} × ${r.p50.toFixed(2).padStart(6)} ms  ${r.text}`);
    }
  } finally {
    await runner.stop();
    await app.close();
    await testDb.drop();
  }
}

await main();
