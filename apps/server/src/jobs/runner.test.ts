import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database, type Db } from '../db/database';
import type { Deps } from '../http/context';
import { testTarget } from '../testing/test-database';
import { useTestApp } from '../testing/test-app';
import { claimDueJobs, enqueueJob, JOB_PRIORITY, type JobRow } from './jobs';
import { JobRunner, type JobHandler } from './runner';
import { UrgentWork, URGENT_LATE_MS } from './urgent-work';

const t = useTestApp();

let kindCounter = 0;
/** A job kind of this test alone: the demo seed's own jobs are never claimed by these runners. */
function freshKind(): string {
  kindCounter += 1;
  return `test.runner-${kindCounter}-${Date.now().toString(36)}`;
}

/**
 * A handler that records each run (which job, when it started and ended) and how many ran at once.
 * With `gather`, each run waits (up to 3 s) until that many run at once, so a loaded machine's
 * uneven starts cannot hide the pool's width; more than the bound would still show.
 */
function recordingHandler(kind: string, mode: JobHandler['mode'], workMs = 30, gather = 0) {
  const runs: { id: number; key: string | null; seq: number; start: number; end: number }[] = [];
  let atOnce = 0;
  let mostAtOnce = 0;
  const handler: JobHandler = {
    kind,
    mode,
    async run(job: JobRow) {
      atOnce += 1;
      mostAtOnce = Math.max(mostAtOnce, atOnce);
      const start = performance.now();
      while (atOnce < gather && performance.now() - start < 3_000) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, workMs));
      atOnce -= 1;
      runs.push({ id: job.id, key: job.orderKey, seq: Number(job.payload.seq), start, end: performance.now() });
    },
  };
  return { handler, runs, mostAtOnce: () => mostAtOnce };
}

async function enqueue(db: Db, kind: string, count: number, options: { orderKey?: string; runAt?: Date } = {}): Promise<void> {
  for (let seq = 0; seq < count; seq += 1) {
    await enqueueJob(db, { kind, payload: { seq }, runAt: options.runAt ?? t.clock.now(), orderKey: options.orderKey });
  }
}

async function jobsOf(kind: string): Promise<{ id: number; done: boolean; attempts: number }[]> {
  return queryRows(t.deps.database.db, sql`select id::int as id, done_at is not null as done, attempts from jobs where kind = ${kind} order by id`);
}

/** A second handle on the same database, as a second app server has (PGlite has one connection: the same handle). */
const opened: Database[] = [];
async function secondServer(options: { dies?: boolean } = {}): Promise<Deps> {
  if (testTarget !== 'postgres') return t.deps;
  const database = await openDatabase({ url: t.testDb.url! });
  // A server that died is not closed: its last connection is never given back.
  if (!options.dies) opened.push(database);
  return { ...t.deps, database };
}
afterAll(async () => {
  for (const d of opened) await d.close();
});

describe('the job runner’s pool', () => {
  it('runs several jobs at once, never more than its bound, each exactly once', async () => {
    const kind = freshKind();
    const { handler, runs, mostAtOnce } = recordingHandler(kind, 'leased', 30, 3);
    await enqueue(t.deps.database.db, kind, 10);
    const runner = new JobRunner(t.deps, { concurrency: 3 }).register(handler);
    expect(await runner.runDue()).toBe(10);
    expect(mostAtOnce()).toBe(3);
    expect(new Set(runs.map((r) => r.id)).size).toBe(10);
    expect((await jobsOf(kind)).every((j) => j.done && j.attempts === 1)).toBe(true);
  });

  it.skipIf(testTarget !== 'postgres')('runs transactional jobs at once too, each in its own transaction', async () => {
    const kind = freshKind();
    const { handler, runs, mostAtOnce } = recordingHandler(kind, 'transactional', 30, 4);
    await enqueue(t.deps.database.db, kind, 8);
    const runner = new JobRunner(t.deps, { concurrency: 4 }).register(handler);
    expect(await runner.runDue()).toBe(8);
    expect(mostAtOnce()).toBe(4);
    expect(runs).toHaveLength(8);
    expect((await jobsOf(kind)).every((j) => j.done)).toBe(true);
  });

  it('takes its bound from the configuration (JOBS_CONCURRENCY)', () => {
    expect(new JobRunner({ ...t.deps, config: { ...t.deps.config, jobsConcurrency: 7 } }).concurrency).toBe(7);
    expect(() => new JobRunner(t.deps, { concurrency: 0 })).toThrow();
  });

  it('runs the jobs of one order key one at a time and in enqueue order, beside other keys, across two runners', async () => {
    const kind = freshKind();
    const { handler, runs } = recordingHandler(kind, 'transactional', 20);
    const db = t.deps.database.db;
    // Interleaved, as two flags' ladders would be.
    for (let seq = 0; seq < 5; seq += 1) {
      await enqueueJob(db, { kind, payload: { seq }, runAt: t.clock.now(), orderKey: 'flag:a' });
      await enqueueJob(db, { kind, payload: { seq }, runAt: t.clock.now(), orderKey: 'flag:b' });
    }
    const other = await secondServer();
    const runners = [
      new JobRunner(t.deps, { concurrency: 4 }).register(handler),
      new JobRunner({ ...other, clock: t.clock }, { concurrency: 4 }).register(handler),
    ];
    const ran = await Promise.all(runners.map((r) => r.runDue()));
    expect(ran[0]! + ran[1]!).toBe(10);
    for (const key of ['flag:a', 'flag:b']) {
      const ofKey = runs.filter((r) => r.key === key).sort((x, y) => x.start - y.start);
      expect(ofKey.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
      // Never two at once: each starts after the one before it ended.
      for (let i = 1; i < ofKey.length; i += 1) expect(ofKey[i]!.start).toBeGreaterThanOrEqual(ofKey[i - 1]!.end);
    }
  });

  it('never runs a job twice when two runners claim the same due work', async () => {
    const kinds = { tx: freshKind(), leased: freshKind() };
    const tx = recordingHandler(kinds.tx, 'transactional', 5);
    const leased = recordingHandler(kinds.leased, 'leased', 5);
    const db = t.deps.database.db;
    await enqueue(db, kinds.tx, 30);
    await enqueue(db, kinds.leased, 30);
    const other = await secondServer();
    const runners = [t.deps, { ...other, clock: t.clock }].map((deps) => new JobRunner(deps, { concurrency: 3 }).register(tx.handler).register(leased.handler));
    const ran = await Promise.all(runners.map((r) => r.runDue()));
    expect(ran[0]! + ran[1]!).toBe(60);
    for (const h of [tx, leased]) {
      expect(h.runs).toHaveLength(30);
      expect(new Set(h.runs.map((r) => r.id)).size).toBe(30);
    }
    if (testTarget === 'postgres') expect(ran.every((n) => n > 0)).toBe(true);
  });

  it('claims an escalation step before urgent deliveries, and those before ordinary jobs, whichever fell due first', async () => {
    const kind = freshKind();
    const { handler, runs } = recordingHandler(kind, 'leased', 1);
    const earlier = new Date(t.clock.now().getTime() - 60_000);
    const lessEarly = new Date(t.clock.now().getTime() - 30_000);
    for (let seq = 0; seq < 6; seq += 1) await enqueueJob(t.deps.database.db, { kind, payload: { seq }, runAt: earlier });
    for (let seq = 50; seq < 52; seq += 1) await enqueueJob(t.deps.database.db, { kind, payload: { seq }, runAt: lessEarly, priority: JOB_PRIORITY.urgent });
    await enqueueJob(t.deps.database.db, { kind, payload: { seq: 99 }, runAt: t.clock.now(), priority: JOB_PRIORITY.escalation });
    const runner = new JobRunner(t.deps, { concurrency: 1 }).register(handler);
    expect(await runner.runDue()).toBe(9);
    expect(runs.map((r) => r.seq)).toEqual([99, 50, 51, 0, 1, 2, 3, 4, 5]);
  });

  it('while it starts urgent work late, a routine request waits, and is let go the moment the runner has caught up', async () => {
    const kind = freshKind();
    // Held for up to a minute unless released: only the runner's catching up can let it go sooner.
    const urgentWork = new UrgentWork(URGENT_LATE_MS, 60_000, 60_000);
    let waited: Promise<void> | undefined;
    let behindWhileRunning = false;
    const handler: JobHandler = {
      kind,
      mode: 'transactional',
      async run() {
        behindWhileRunning = urgentWork.behind;
        waited = urgentWork.yieldToUrgentWork();
      },
    };
    // Due a minute ago: started late, as on a machine that fell behind.
    await enqueueJob(t.deps.database.db, { kind, payload: {}, runAt: new Date(t.clock.now().getTime() - 60_000), priority: JOB_PRIORITY.escalation });
    const runner = new JobRunner({ ...t.deps, urgentWork }, { concurrency: 1 }).register(handler);
    const started = performance.now();
    expect(await runner.runDue()).toBe(1);
    expect(behindWhileRunning).toBe(true);
    expect(waited).toBeInstanceOf(Promise);
    await waited;
    // Released by the runner's next, empty claim, not by the cap.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(urgentWork.behind).toBe(false);
    expect(urgentWork.yieldToUrgentWork()).toBeUndefined();
  });

  it('an escalation step started on time, or a delivery or an ordinary job started late, holds nobody back', async () => {
    const kind = freshKind();
    const urgentWork = new UrgentWork();
    const seen: boolean[] = [];
    const handler: JobHandler = { kind, mode: 'transactional', run: async () => void seen.push(urgentWork.behind) };
    const minuteAgo = new Date(t.clock.now().getTime() - 60_000);
    await enqueueJob(t.deps.database.db, { kind, payload: {}, runAt: t.clock.now(), priority: JOB_PRIORITY.escalation });
    await enqueueJob(t.deps.database.db, { kind, payload: {}, runAt: minuteAgo, priority: JOB_PRIORITY.urgent });
    await enqueueJob(t.deps.database.db, { kind, payload: {}, runAt: minuteAgo });
    expect(await new JobRunner({ ...t.deps, urgentWork }, { concurrency: 1 }).register(handler).runDue()).toBe(3);
    expect(seen).toEqual([false, false, false]);
  });

  it('keeps a job due later waiting until the test clock reaches it', async () => {
    const kind = freshKind();
    const { handler, runs } = recordingHandler(kind, 'transactional', 0);
    await enqueue(t.deps.database.db, kind, 1, { runAt: new Date(t.clock.now().getTime() + 5 * 60_000) });
    const runner = new JobRunner(t.deps).register(handler);
    expect(await runner.runDue()).toBe(0);
    t.clock.advance(5 * 60_000);
    expect(await runner.runDue()).toBe(1);
    expect(runs).toHaveLength(1);
  });

  it('starts a job due now the moment its transaction commits, woken by NOTIFY rather than a poll', async () => {
    const kind = freshKind();
    const ran: number[] = [];
    const handler: JobHandler = { kind, mode: 'transactional', run: async () => void ran.push(performance.now()) };
    // A poll far away: only the NOTIFY can wake this runner in time.
    const runner = new JobRunner(t.deps, { pollMs: 60_000 }).register(handler);
    await runner.start();
    try {
      await new Promise((r) => setTimeout(r, 100));
      let committedAt = 0;
      await t.deps.database.db.transaction(async (tx) => {
        await enqueueJob(tx, { kind, payload: {}, runAt: t.clock.now() });
      });
      committedAt = performance.now();
      const deadline = performance.now() + 5_000;
      while (ran.length === 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(ran).toHaveLength(1);
      expect(ran[0]! - committedAt).toBeLessThan(1_000);
    } finally {
      await runner.stop();
    }
  });
});

describe('recovering work a runner could not finish', () => {
  it('retries a leased job only once its lease has run out', async () => {
    const kind = freshKind();
    const { handler, runs } = recordingHandler(kind, 'leased', 0);
    await enqueue(t.deps.database.db, kind, 1);
    // A runner that claims it and dies before finishing: the claim alone, with its lease.
    const { claimed } = await claimDueJobs(t.deps.database.db, {
      now: t.clock.now(),
      limit: 5,
      transactionalKinds: [],
      leasedKinds: [kind],
      leaseMs: 60_000,
      running: [],
    });
    expect(claimed).toHaveLength(1);
    const survivor = new JobRunner(t.deps, { leaseMs: 60_000 }).register(handler);
    expect(await survivor.runDue()).toBe(0);
    t.clock.advance(60_001);
    expect(await survivor.runDue()).toBe(1);
    expect(runs).toHaveLength(1);
    expect(await jobsOf(kind)).toEqual([expect.objectContaining({ done: true, attempts: 2 })]);
  });

  it('rolls back a transactional job that fails, and retries it after a backoff with its effect once', async () => {
    const kind = freshKind();
    let calls = 0;
    const marker = `runner-retry-${Date.now()}`;
    const handler: JobHandler = {
      kind,
      mode: 'transactional',
      async run(_job, db) {
        calls += 1;
        // The effect is written first; the failure after it must take it back.
        await enqueueJob(db, { kind: 'test.effect', payload: { marker }, runAt: new Date('2100-01-01T00:00:00Z'), dedupeKey: `${marker}-${calls}` });
        if (calls === 1) throw new Error('the step failed half-way');
      },
    };
    await enqueue(t.deps.database.db, kind, 1);
    const runner = new JobRunner(t.deps).register(handler);
    expect(await runner.runDue()).toBe(1);
    expect(await jobsOf(kind)).toEqual([expect.objectContaining({ done: false, attempts: 1 })]);
    expect(await runner.runDue()).toBe(0);
    t.clock.advance(2_001);
    expect(await runner.runDue()).toBe(1);
    const effects = await queryRows<{ dedupe_key: string }>(
      t.deps.database.db,
      sql`select dedupe_key from jobs where kind = 'test.effect' and payload->>'marker' = ${marker}`,
    );
    expect(effects.map((e) => e.dedupe_key)).toEqual([`${marker}-2`]);
  });

  it.skipIf(testTarget !== 'postgres')(
    'runs a transactional job at once elsewhere when the runner holding it dies mid-job (its connection ends), with no lease to wait out',
    async () => {
      const kind = freshKind();
      const marker = `runner-crash-${Date.now()}`;
      let attempt = 0;
      let died = false;
      const handler: JobHandler = {
        kind,
        mode: 'transactional',
        async run(_job, db) {
          attempt += 1;
          await enqueueJob(db, { kind: 'test.effect', payload: { marker }, runAt: new Date('2100-01-01T00:00:00Z'), dedupeKey: `${marker}-${attempt}` });
          if (attempt > 1) return;
          // The first server dies here, mid-transaction: its connection ends as a SIGKILL ends it,
          // and nothing of it runs again (no failure is recorded, no lease is released).
          await db.execute(sql`select pg_terminate_backend(pg_backend_pid())`).catch(() => undefined);
          died = true;
          await new Promise(() => undefined);
        },
      };
      await enqueue(t.deps.database.db, kind, 1);
      const dying = await secondServer({ dies: true });
      void new JobRunner({ ...dying, clock: t.clock }).register(handler).runDue();
      while (!died) await new Promise((r) => setTimeout(r, 5));
      // No clock moved: the job is due again at once, with nothing of the first attempt left.
      expect(await new JobRunner(t.deps).register(handler).runDue()).toBe(1);
      const effects = await queryRows<{ dedupe_key: string }>(
        t.deps.database.db,
        sql`select dedupe_key from jobs where kind = 'test.effect' and payload->>'marker' = ${marker}`,
      );
      expect(effects.map((e) => e.dedupe_key)).toEqual([`${marker}-2`]);
      expect(await jobsOf(kind)).toEqual([expect.objectContaining({ done: true, attempts: 0 })]);
    },
  );
});
