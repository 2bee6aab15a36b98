/**
 * Escalation timers benchmark (issue 7): 1,000 risk flags whose ladders run on two real app
 * servers sharing one PostgreSQL database; one server is killed with SIGKILL in the middle and
 * started again. From the database afterwards: every step that came due fired exactly once (none
 * twice, none missing), and how late each timed step fired (fired_at − due_at).
 *
 * The flags are raised through the real service (`screenAndFlag`, the call a send makes: the flag,
 * its `flag.raised` event and step 0 in one statement), each batch in its own transaction, with the benchmark's
 * clock set back so that each flag's ladder is part-way through: its earlier steps are overdue at
 * once (a catch-up, as after an outage) and its TIMED_STEP falls due at a moment spread over the
 * next ~25 s. The servers use their own real clocks.
 *
 * The LOADED variant (issue 19) runs the same while bench/messages' 50 senders (Sam, one send
 * after another, as fast as answered) send through the same two servers, half through each, from
 * the last raise until every step has fired: the timers must keep time while the servers are busy.
 *
 *   npx tsx bench/timers/timers.bench.ts
 *   BENCH_FLAGS=100 npx tsx bench/timers/timers.bench.ts   (a quick look)
 *   BENCH_LOADED=1 npx tsx bench/timers/timers.bench.ts     (the loaded variant alone)
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../apps/server/src/db/database';
import { withCluster, type Cluster } from '../lib/cluster';
import { type BenchFigure, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';
import { summarize } from '../lib/quantiles';

/** What this benchmark needs on the machine (bench/run.ts skips it, saying so, when absent). */
export const needs = ['postgres'] as const;

const FLAGS = Number(process.env.BENCH_FLAGS ?? 1000);
/** The timed steps fall due evenly over this span … */
const SPREAD_MS = Number(process.env.BENCH_SPREAD_MS ?? 25_000);
/** … starting this long after the raising begins, once the overdue steps have had time to run … */
const LEAD_MS = Number(process.env.BENCH_LEAD_MS ?? 20_000);
/** … and never sooner than this after the flag's own raise: on a slow machine the timers spread further instead. */
const MIN_LEAD_MS = Math.min(LEAD_MS, 10_000);
/** Give up waiting when no step has fired for this long. */
const STALL_MS = 60_000;
/** Steps 0 … TIMED_STEP − 1 are overdue at raise; TIMED_STEP is the timer measured; later steps fall due after the run. */
const TIMED_STEP = Number(process.env.BENCH_TIMED_STEP ?? 1);
if (!Number.isInteger(TIMED_STEP) || TIMED_STEP < 1 || TIMED_STEP > 3) throw new Error('BENCH_TIMED_STEP is a ladder step from 1 to 3');
/** An imminent flag (5-minute windows by default): what the screener makes of these words. */
const IMMINENT_TEXT = "I have the pills in front of me and I'm going tonight";
const RAISE_BATCH = 50;
const RAISE_TRANSACTIONS = 4;
/** After the last timed step, a little longer: a doubled step would show up after it. */
const SETTLE_MS = 3_000;
const SERVERS = 2;
/** The loaded variant's senders: bench/messages' 50. */
const LOAD_SENDERS = 50;
const TARGET_LOADED_P99_MS = 2_000;

/** Runs the benchmark, prints it, writes bench/results/timers-*.json, returns the figures. */
export async function runTimersBench(): Promise<BenchFigure[]> {
  return runTimers(false);
}

/** The same with bench/messages' 50 senders on the same two servers; writes bench/results/timers-loaded-*.json. */
export async function runTimersLoadedBench(): Promise<BenchFigure[]> {
  return runTimers(true);
}

async function runTimers(loaded: boolean): Promise<BenchFigure[]> {
  // Info logs, so each server's output shows the steps it took.
  return withCluster({ servers: SERVERS, env: { LOG_LEVEL: 'info' } }, async (cluster) => {
    const raised = await raiseFlags(cluster);
    const load = loaded ? startLoad(cluster, await cluster.signInDemo('sam')) : undefined;
    const crash = await crashMidway(cluster, raised);
    await waitForSteps(cluster.deps.database.db, raised);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const sent = await load?.stop();
    const check = await verify(cluster.deps.database.db, raised);
    // Steps each process logged: a step logged by the killed one may have rolled back and been redone.
    const logged = {
      killed: crash.loggedByKilled,
      survivor: countLogged(cluster.servers[1]!.output()),
      replacement: countLogged(cluster.servers[0]!.output()),
    };
    const figures = toFigures(check, raised, loaded);
    if (sent) figures.push(...loadFigures(sent));
    printFigures(
      `Escalation timers${loaded ? `, LOADED by ${LOAD_SENDERS} senders` : ''}: ${FLAGS} flags, ${overdueSteps()} overdue at raise, step ${TIMED_STEP} due over ${Math.round((raised.timedUntil - raised.timedFrom) / 1000)} s; ${SERVERS} app servers on PostgreSQL, server 1 SIGKILLed at ${crash.stepsAtKill} of ${raised.expectedSteps} steps and restarted; ${os.cpus().length} CPUs shared`,
      figures,
    );
    writeBenchResults(loaded ? 'timers-loaded' : 'timers', figures, {
      ...check,
      raiseMs: raised.raiseMs,
      flags: FLAGS,
      spreadMs: SPREAD_MS,
      timedSpreadMs: raised.timedUntil - raised.timedFrom,
      leadMs: LEAD_MS,
      timedStep: TIMED_STEP,
      crash,
      stepsLoggedPerProcess: logged,
      load: sent,
      loadAverage: os.loadavg(),
    });
    return figures;
  });
}

interface LoadSent {
  senders: number;
  seconds: number;
  sent: number;
  failed: number;
  perSecond: number;
}

/**
 * bench/messages' load: LOAD_SENDERS senders as Sam, each sending its next message as soon as the
 * last was answered, half through each server (whichever process is server i at the moment: the
 * killed one's senders fail until its replacement is up, and pause briefly after each failure).
 */
function startLoad(cluster: Cluster, cookie: string): { stop(): Promise<LoadSent> } {
  const agents = cluster.servers.map(() => new http.Agent({ keepAlive: true }));
  const intents = ['share', 'before_session', 'soon'] as const;
  const started = performance.now();
  let stopping = false;
  let sent = 0;
  let failed = 0;
  let n = 0;
  async function sender(index: number): Promise<void> {
    const server = index % cluster.servers.length;
    while (!stopping) {
      const i = n++;
      const status = await postMessage(agents[server]!, cluster.servers[server]!.url, cluster.demo.clients.sam, cookie, {
        intent: intents[i % intents.length],
        body: `Benchmark message ${i}: a few ordinary words about my week.`,
      });
      if (status === 201) sent += 1;
      else {
        failed += 1;
        await sleep(100);
      }
    }
  }
  const senders = Array.from({ length: LOAD_SENDERS }, (_, i) => sender(i));
  return {
    async stop() {
      stopping = true;
      await Promise.all(senders);
      agents.forEach((a) => a.destroy());
      const seconds = (performance.now() - started) / 1000;
      return { senders: LOAD_SENDERS, seconds, sent, failed, perSecond: sent / seconds };
    },
  };
}

function postMessage(agent: http.Agent, baseUrl: string, clientId: string, cookie: string, body: object): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      new URL(`/api/v1/clients/${clientId}/messages`, baseUrl),
      {
        agent,
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'idempotency-key': randomUUID() },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

function loadFigures(load: LoadSent): BenchFigure[] {
  return [
    { name: `loaded: messages sent alongside (${load.senders} senders)`, figure: load.sent, unit: 'messages' },
    { name: 'loaded: messages per second alongside', figure: load.perSecond, unit: 'sends/s' },
    { name: 'loaded: sends refused or cut (mostly while the killed server was down)', figure: load.failed, unit: 'requests' },
  ];
}

interface Raised {
  flagIds: string[];
  /** Wall-clock ms when the first and the last timed step are due. */
  timedFrom: number;
  timedUntil: number;
  /** Wall-clock ms when the last flag was committed. */
  raisedAt: number;
  raiseMs: number;
  expectedSteps: number;
}

/**
 * Raises FLAGS imminent flags through `screenAndFlag`, RAISE_BATCH to a transaction, alternating
 * Sam and Alex. Flag i's clock is set so that its TIMED_STEP is due at timedFrom + i·SPREAD/FLAGS,
 * or MIN_LEAD_MS after its own raise if that is later (a timer due before its flag exists would
 * measure the raise, not the timer).
 */
async function raiseFlags(cluster: Cluster): Promise<Raised> {
  const { screenAndFlag } = await import('../../apps/server/src/modules/risk/risk.service');
  const { escalationPolicyOf, escalationWindowMs } = await import('../../apps/server/src/modules/on-call/on-call.policy');
  const { systemCtx } = await import('../../apps/server/src/http/context');
  const { TestClock } = await import('../../apps/server/src/jobs/clock');
  const { deps, demo } = cluster;
  const windowMs = escalationWindowMs(await escalationPolicyOf(deps.database.db, demo.practiceId), 'imminent');
  const started = Date.now();
  const timedFrom = started + LEAD_MS;
  const flagIds: string[] = [];
  let timedUntil = timedFrom;
  let nextBatch = 0;
  // A few transactions at a time, each with a clock of its own (the service reads the time from it).
  async function raiser(): Promise<void> {
    const clock = new TestClock();
    const ctxDeps = { ...deps, clock };
    while (nextBatch * RAISE_BATCH < FLAGS) {
      const from = nextBatch++ * RAISE_BATCH;
      await deps.database.db.transaction(async (tx) => {
        for (let i = from; i < Math.min(FLAGS, from + RAISE_BATCH); i += 1) {
          const due = Math.max(timedFrom + Math.round((i * SPREAD_MS) / FLAGS), Date.now() + MIN_LEAD_MS);
          timedUntil = Math.max(timedUntil, due);
          clock.set(new Date(due - TIMED_STEP * windowMs));
          const outcome = await screenAndFlag(systemCtx(ctxDeps, demo.practiceId, tx), {
            clientId: i % 2 ? demo.clients.sam : demo.clients.alex,
            sourceType: 'message',
            sourceId: crypto.randomUUID(),
            text: IMMINENT_TEXT,
          });
          if (!outcome.flagId || outcome.level !== 'imminent') throw new Error(`flag ${i} was not raised as imminent (${outcome.level})`);
          flagIds.push(outcome.flagId);
        }
      });
    }
  }
  await Promise.all(Array.from({ length: RAISE_TRANSACTIONS }, raiser));
  const raisedAt = Date.now();
  console.log(`raised ${FLAGS} flags in ${raisedAt - started} ms`);
  if (timedUntil > timedFrom + SPREAD_MS + 1) console.warn(`raising was slow: the timers spread over ${timedUntil - timedFrom} ms instead of ${SPREAD_MS}`);
  return { flagIds, timedFrom, timedUntil, raisedAt, raiseMs: raisedAt - started, expectedSteps: FLAGS * (TIMED_STEP + 1) };
}

/** Kills server 1 with SIGKILL when half the timed steps are due, and starts a fresh one in its place. */
async function crashMidway(cluster: Cluster, raised: Raised) {
  const killAt = (raised.timedFrom + raised.timedUntil) / 2;
  await sleep(killAt - Date.now());
  const killed = cluster.servers[0]!;
  await killed.stop('SIGKILL');
  const killedAt = Date.now();
  const stepsAtKill = await stepsTaken(cluster.deps.database.db, raised.flagIds);
  await cluster.restart(0);
  return {
    stepsAtKill,
    killedMsAfterFirstTimedStepDue: killedAt - raised.timedFrom,
    restartedInMs: Date.now() - killedAt,
    loggedByKilled: countLogged(killed.output()),
  };
}

function countLogged(output: string): number {
  return output.split('escalation step taken').length - 1;
}

/** The flag ids as one uuid[] parameter. */
function idArray(ids: string[]) {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

async function stepsTaken(db: Db, flagIds: string[]): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from flag_events where kind = 'step' and flag_id = any(${idArray(flagIds)})`);
  return Number(row?.n ?? 0);
}

/** Until every due step has fired, or none has for STALL_MS (what is missing then is reported as missing). */
async function waitForSteps(db: Db, raised: Raised): Promise<void> {
  let last = -1;
  let lastChange = Date.now();
  while (Date.now() - lastChange < STALL_MS || Date.now() < raised.timedUntil) {
    const taken = await stepsTaken(db, raised.flagIds);
    if (taken >= raised.expectedSteps) return;
    if (taken !== last) [last, lastChange] = [taken, Date.now()];
    await sleep(250);
  }
  console.warn(`no step fired for ${STALL_MS / 1000} s; ${last} of ${raised.expectedSteps} fired`);
}

interface Check {
  expectedSteps: number;
  firedOnce: number;
  firedTwice: number;
  missing: number;
  /** Steps that fired although not due within the run (there should be none). */
  unexpected: number;
  firedEarly: number;
  jobsDone: number;
  /** Step jobs that failed an attempt and were retried (a crash rolls a claim back without a trace, so this counts errors only). */
  jobsWithErrors: number;
  /** The next step of every ladder, scheduled and not yet due. */
  nextStepsPending: number;
  flagsWithWrongNoticeCount: number;
  flagsWithWrongAuditCount: number;
  timedLatenessMs: { count: number; p50: number; p99: number; max: number; min: number };
  /** Lateness of the timed steps by when they fell due (whole seconds after the first), to see the crash in it. */
  latenessBySecondDue: { second: number; steps: number; p50: number; max: number }[];
  /** From the last flag's commit to the last overdue step fired. */
  catchUpMs: number;
}

/** Reads back, from the database alone, which steps fired, how often, and how late. */
async function verify(db: Db, raised: Raised): Promise<Check> {
  const ids = idArray(raised.flagIds);
  const steps = await queryRows<{ flag_id: string; step: number; n: number; lateness_ms: number; at_ms: number; due_ms: number }>(
    db,
    sql`select fe.flag_id, fe.step, count(*)::int as n,
          max(extract(epoch from fe.at - (rf.created_at + fe.step * (rf.due_by - rf.created_at))) * 1000)::float8 as lateness_ms,
          max(extract(epoch from fe.at) * 1000)::float8 as at_ms,
          max(extract(epoch from rf.created_at + fe.step * (rf.due_by - rf.created_at)) * 1000)::float8 as due_ms
        from flag_events fe join risk_flags rf on rf.practice_id = fe.practice_id and rf.id = fe.flag_id
        where fe.kind = 'step' and fe.flag_id = any(${ids})
        group by fe.flag_id, fe.step`,
  );
  const expected = (step: number) => step <= TIMED_STEP;
  const fired = new Set(steps.map((s) => `${s.flag_id}:${s.step}`));
  let missing = 0;
  for (const id of raised.flagIds) for (let step = 0; step <= TIMED_STEP; step += 1) if (!fired.has(`${id}:${step}`)) missing += 1;
  const timed = steps.filter((s) => s.step === TIMED_STEP).map((s) => Number(s.lateness_ms));
  const lateness = summarize(timed);
  const overdue = steps.filter((s) => s.step < TIMED_STEP).map((s) => Number(s.at_ms));

  const jobs = await queryRows<{ step: number; done: boolean; failed: boolean }>(
    db,
    sql`select (payload->>'step')::int as step, done_at is not null as done, last_error is not null as failed from jobs
        where kind = 'risk.escalation-step' and (payload->>'flagId')::uuid = any(${ids})`,
  );
  const notices = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from notifications where subject_id::text = any(${ids}::text[]) group by subject_id`,
  );
  // Step 0 tells the on-call clinician and the primary; every later step tells one person.
  const noticesPerFlag = 2 + TIMED_STEP;
  const audits = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_events where action = 'flags.escalate' and subject_id = any(${ids}::text[]) group by subject_id`,
  );
  return {
    expectedSteps: raised.expectedSteps,
    firedOnce: steps.filter((s) => expected(s.step) && s.n === 1).length,
    firedTwice: steps.filter((s) => s.n > 1).length,
    missing,
    unexpected: steps.filter((s) => !expected(s.step)).length,
    firedEarly: timed.filter((ms) => ms < 0).length,
    jobsDone: jobs.filter((j) => j.done).length,
    jobsWithErrors: jobs.filter((j) => j.failed).length,
    nextStepsPending: jobs.filter((j) => !j.done && j.step === TIMED_STEP + 1).length,
    flagsWithWrongNoticeCount: raised.flagIds.length - notices.filter((r) => r.n === noticesPerFlag).length,
    flagsWithWrongAuditCount: raised.flagIds.length - audits.filter((r) => r.n === TIMED_STEP + 1).length,
    timedLatenessMs: { ...lateness, min: timed.length ? Math.min(...timed) : 0 },
    latenessBySecondDue: bySecondDue(
      steps.filter((s) => s.step === TIMED_STEP),
      raised.timedFrom,
    ),
    catchUpMs: overdue.length ? Math.max(...overdue) - raised.raisedAt : 0,
  };
}

function bySecondDue(timed: { lateness_ms: number; due_ms: number }[], from: number): Check['latenessBySecondDue'] {
  const buckets = new Map<number, number[]>();
  for (const s of timed) {
    const second = Math.floor((Number(s.due_ms) - from) / 1000);
    buckets.set(second, [...(buckets.get(second) ?? []), Number(s.lateness_ms)]);
  }
  return [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([second, values]) => {
      const { count, p50, max } = summarize(values);
      return { second, steps: count, p50: Math.round(p50), max: Math.round(max) };
    });
}

function toFigures(c: Check, raised: Raised, loaded: boolean): BenchFigure[] {
  // Step 3 is the ladder's last: after it nothing is scheduled.
  const pendingExpected = TIMED_STEP < 3 ? raised.flagIds.length : 0;
  const allFine = c.firedOnce === c.expectedSteps && c.firedTwice === 0 && c.missing === 0 && c.unexpected === 0;
  const figures: BenchFigure[] = [
    { name: 'steps due in the run', figure: c.expectedSteps, unit: 'steps' },
    { name: 'steps fired exactly once', figure: c.firedOnce, unit: 'steps', target: `= ${c.expectedSteps}`, pass: allFine },
    { name: 'steps fired twice or more', figure: c.firedTwice, unit: 'steps', target: '0', pass: c.firedTwice === 0 },
    { name: 'steps missing', figure: c.missing, unit: 'steps', target: '0', pass: c.missing === 0 },
    { name: 'later steps fired (not due in the run)', figure: c.unexpected, unit: 'steps', target: '0', pass: c.unexpected === 0 },
    { name: `step ${TIMED_STEP} fired before it was due`, figure: c.firedEarly, unit: 'steps', target: '0', pass: c.firedEarly === 0 },
    { name: 'step jobs done', figure: c.jobsDone, unit: 'jobs', target: `= ${c.expectedSteps}`, pass: c.jobsDone === c.expectedSteps },
    {
      name: 'next-step jobs scheduled, not yet due',
      figure: c.nextStepsPending,
      unit: 'jobs',
      target: `= ${pendingExpected}`,
      pass: c.nextStepsPending === pendingExpected,
    },
    { name: 'step jobs that failed an attempt', figure: c.jobsWithErrors, unit: 'jobs', target: '0', pass: c.jobsWithErrors === 0 },
    { name: 'flags with a wrong notice count', figure: c.flagsWithWrongNoticeCount, unit: 'flags', target: '0', pass: c.flagsWithWrongNoticeCount === 0 },
    { name: 'flags with a wrong audit count', figure: c.flagsWithWrongAuditCount, unit: 'flags', target: '0', pass: c.flagsWithWrongAuditCount === 0 },
    { name: `step ${TIMED_STEP} lateness (fired − due), p50`, figure: c.timedLatenessMs.p50, unit: 'ms' },
    {
      name: `step ${TIMED_STEP} lateness (fired − due), p99`,
      figure: c.timedLatenessMs.p99,
      unit: 'ms',
      ...(loaded ? { target: `≤ ${TARGET_LOADED_P99_MS}`, pass: c.timedLatenessMs.count > 0 && c.timedLatenessMs.p99 <= TARGET_LOADED_P99_MS } : {}),
    },
    { name: `step ${TIMED_STEP} lateness (fired − due), worst`, figure: c.timedLatenessMs.max, unit: 'ms' },
    { name: `overdue ${overdueSteps()}: all fired, after the last raise`, figure: c.catchUpMs, unit: 'ms' },
  ];
  // In the one table both variants sit under `timers`: the loaded one's figures say so.
  return loaded ? figures.map((f) => (f.name.startsWith('loaded: ') ? f : { ...f, name: `loaded: ${f.name}` })) : figures;
}

function overdueSteps(): string {
  return TIMED_STEP === 1 ? 'step 0' : `steps 0–${TIMED_STEP - 1}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)));
}

runWhenMain(import.meta.url, process.env.BENCH_LOADED === '1' ? runTimersLoadedBench : runTimersBench);
