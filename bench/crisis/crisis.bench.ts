/**
 * Crisis path benchmark (issue 7): how long a `crisis` message takes to reach the on-call
 * clinician's open triage view. 100 clients send messages at their own pace (5% with intent
 * `crisis`) through two real app servers on one PostgreSQL database, half through each; the
 * clinician the rota has on call holds the real-time stream (`GET /api/v1/events`) open on the
 * first server. For each crisis message: from the start of its POST to the arrival of its
 * `flag.raised` event on that stream, the event the triage view refetches its queue on (any
 * `flag.*`; `flag.raised` is the first, published in the send's own transaction).
 * Side by side, in the same run and database: the same senders doing a bare INSERT + NOTIFY.
 *
 *   npx tsx bench/crisis/crisis.bench.ts
 *   BENCH_CLIENTS=20 BENCH_DURATION_MS=10000 npx tsx bench/crisis/crisis.bench.ts   (a quick look)
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import type { DemoKey } from '../../apps/server/src/demo/demo-people';
import { withCluster, type Cluster, type SeededClient } from '../lib/cluster';
import { type BenchFigure, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';
import { summarize, type Summary } from '../lib/quantiles';
import { runBareNotify, type BareResult } from './bare-notify';
import { openTimedStream, type StreamedEvent } from './event-stream';
import { runPaced, sleep, type PacedOptions } from './paced';

/** What this benchmark needs on the machine (bench/run.ts skips it, saying so, when absent). */
export const needs = ['postgres'] as const;

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
/** Measured time of the crisis-path run, after WARMUP_MS: at the default pace, about 75 crisis messages. */
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 60_000);
/** Measured time of the bare run: it times every send, not one in 20, so a shorter run gives more samples. */
const BARE_DURATION_MS = Number(process.env.BENCH_BARE_DURATION_MS ?? Math.min(DURATION_MS, 20_000));
/** Mean gap between one client's sends: 100 clients → about 25 sends a second, 1.25 of them crisis. */
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 4_000);
const WARMUP_MS = 3_000;
/** Every 20th send of the run is a crisis message: exactly 5%. */
const CRISIS_EVERY = 20;
const TARGET_P99_MS = 250;
const TARGET_RATIO = 5;
/** Escalation step 0, the on-call notice that rings a phone (issue 19). */
const TARGET_NOTICE_P50_MS = 50;
const TARGET_NOTICE_P99_MS = 250;
/** How long after the last send a crisis event may still arrive before it counts as missed. */
const GRACE_MS = 10_000;
const SERVERS = 2;

/** One crisis message: when its POST began, and when its events reached the on-call stream. */
interface CrisisSend {
  clientId: string;
  startedAt: number;
  measured: boolean;
  status?: number;
  postMs?: number;
  flagMs?: number;
  noticeMs?: number;
}

/** Runs the benchmark, prints it, writes bench/results/crisis-*.json, returns the figures. */
export async function runCrisisBench(): Promise<BenchFigure[]> {
  return withCluster({ servers: SERVERS, clients: CLIENTS }, async (cluster) => {
    const paced: PacedOptions = { senders: CLIENTS, meanIntervalMs: INTERVAL_MS, durationMs: DURATION_MS };
    const crisis = await runCrisisPath(cluster, paced);
    const bare = await runBareNotify(cluster.databaseUrl, { ...paced, durationMs: BARE_DURATION_MS }, WARMUP_MS);
    const figures = toFigures(crisis, bare);
    printFigures(
      `Crisis path: ${CLIENTS} clients, one send each ~${INTERVAL_MS / 1000} s (5% crisis), ${SERVERS} app servers, PostgreSQL, ${DURATION_MS / 1000} s measured (bare ${BARE_DURATION_MS / 1000} s); ${os.cpus().length} CPUs shared by load, servers and database`,
      figures,
    );
    writeBenchResults('crisis', figures, {
      crisis: crisis.details,
      bare,
      clients: CLIENTS,
      intervalMs: INTERVAL_MS,
      durationMs: DURATION_MS,
      bareDurationMs: BARE_DURATION_MS,
      servers: SERVERS,
      loadAverage: os.loadavg(),
    });
    return figures;
  });
}

interface CrisisResult {
  flag: Summary;
  notice: Summary;
  post: Summary;
  crisisSent: number;
  crisisReceived: number;
  failed: number;
  perSecond: number;
  onCall: string;
  streamDropped: boolean;
  details: Record<string, unknown>;
}

async function runCrisisPath(cluster: Cluster, paced: PacedOptions): Promise<CrisisResult> {
  const onCall = await cluster.onCallNow();
  const onCallKey = (Object.keys(cluster.demo.people) as DemoKey[]).find((k) => cluster.demo.people[k] === onCall.clinicianId);
  if (!onCallKey) throw new Error('the clinician on call is not one of the demo people');
  const tracker = new CrisisTracker(cluster.clients);
  const stream = await openTimedStream(cluster.servers[0]!.url, await cluster.signInDemo(onCallKey), (e) => tracker.onEvent(e));
  const agents = cluster.servers.map(() => new http.Agent({ keepAlive: true }));
  const postLatencies: number[] = [];
  let failed = 0;
  let measuredSends = 0;
  const measureFrom = performance.now() + WARMUP_MS;
  try {
    const run = await runPaced({ ...paced, durationMs: paced.durationMs + WARMUP_MS }, async (sender, n) => {
      const client = cluster.clients[sender]!;
      const server = sender % cluster.servers.length;
      const isCrisis = n % CRISIS_EVERY === CRISIS_EVERY - 1;
      const startedAt = performance.now();
      const measured = startedAt >= measureFrom;
      const record = isCrisis ? tracker.started(client.clientId, startedAt, measured) : undefined;
      const body = isCrisis
        ? { intent: 'crisis', body: "I don't feel safe tonight and I don't know what to do." }
        : { intent: 'share', body: `Benchmark message ${n}: a few ordinary words about my week.` };
      const status = await post(agents[server]!, cluster.servers[server]!.url, client, body);
      const postMs = performance.now() - startedAt;
      if (record) tracker.answered(record, status, postMs);
      if (!measured) return;
      measuredSends += 1;
      if (status === 201) postLatencies.push(postMs);
      else failed += 1;
    });
    const deadline = performance.now() + GRACE_MS;
    while (tracker.outstanding() > 0 && performance.now() < deadline) await sleep(50);
    const sends = tracker.measured();
    const accepted = sends.filter((s) => s.status === 201);
    return {
      flag: summarize(accepted.flatMap((s) => (s.flagMs === undefined ? [] : [s.flagMs]))),
      notice: summarize(accepted.flatMap((s) => (s.noticeMs === undefined ? [] : [s.noticeMs]))),
      post: summarize(postLatencies),
      crisisSent: accepted.length,
      crisisReceived: accepted.filter((s) => s.flagMs !== undefined).length,
      failed,
      perSecond: measuredSends / (run.seconds - WARMUP_MS / 1000),
      onCall: onCallKey,
      streamDropped: stream.droppedEarly(),
      details: {
        onCall: onCallKey,
        sends: measuredSends,
        failed,
        crisisSends: sends.length,
        crisisNotAccepted: sends.length - accepted.length,
        crisisPost: summarize(accepted.map((s) => s.postMs!)),
        // Negative: the event reached the stream before the POST's answer reached the sender.
        flagAfterAnswer: summarize(accepted.flatMap((s) => (s.flagMs === undefined ? [] : [s.flagMs - s.postMs!]))),
      },
    };
  } finally {
    agents.forEach((a) => a.destroy());
    await stream.close();
  }
}

/**
 * Matches the on-call stream's events to the crisis messages that caused them. A client has at
 * most one send in flight, and only crisis messages raise flags here (the other messages are
 * ordinary words), so a client's `flag.raised` belongs to that client's oldest crisis message
 * still waiting for one; its `notification.created` to the on-call clinician is escalation step 0's notice.
 */
class CrisisTracker {
  private readonly sends: CrisisSend[] = [];
  private readonly awaitingFlag = new Map<string, CrisisSend[]>();
  private readonly awaitingNotice = new Map<string, CrisisSend[]>();

  constructor(clients: SeededClient[]) {
    for (const c of clients) {
      this.awaitingFlag.set(c.clientId, []);
      this.awaitingNotice.set(c.clientId, []);
    }
  }

  started(clientId: string, startedAt: number, measured: boolean): CrisisSend {
    const send: CrisisSend = { clientId, startedAt, measured };
    this.sends.push(send);
    this.awaitingFlag.get(clientId)!.push(send);
    this.awaitingNotice.get(clientId)!.push(send);
    return send;
  }

  /** A send the server refused raised nothing: stop waiting for its events. */
  answered(send: CrisisSend, status: number, postMs: number): void {
    send.status = status;
    send.postMs = postMs;
    if (status === 201) return;
    for (const queues of [this.awaitingFlag, this.awaitingNotice]) {
      const queue = queues.get(send.clientId)!;
      queue.splice(queue.indexOf(send), 1);
    }
  }

  onEvent(event: StreamedEvent): void {
    if (!event.clientId) return;
    const queues = event.type === 'flag.raised' ? this.awaitingFlag : event.type === 'notification.created' ? this.awaitingNotice : undefined;
    const send = queues?.get(event.clientId)?.shift();
    if (!send) return;
    if (event.type === 'flag.raised') send.flagMs = event.arrivedAt - send.startedAt;
    else send.noticeMs = event.arrivedAt - send.startedAt;
  }

  /** Crisis messages still waiting for their flag or their step-0 notice. */
  outstanding(): number {
    let n = 0;
    for (const queues of [this.awaitingFlag, this.awaitingNotice]) for (const q of queues.values()) n += q.length;
    return n;
  }

  measured(): CrisisSend[] {
    return this.sends.filter((s) => s.measured);
  }
}

function post(agent: http.Agent, baseUrl: string, client: SeededClient, body: object): Promise<number> {
  const url = new URL(`/api/v1/clients/${client.clientId}/messages`, baseUrl);
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        agent,
        method: 'POST',
        headers: { cookie: client.cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'idempotency-key': randomUUID() },
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

function toFigures(crisis: CrisisResult, bare: BareResult): BenchFigure[] {
  const missed = crisis.crisisSent - crisis.crisisReceived;
  const ratio = bare.roundTrip.p99 > 0 ? crisis.flag.p99 / bare.roundTrip.p99 : 0;
  return [
    { name: `crisis → on-call stream (flag.raised), p50`, figure: crisis.flag.p50, unit: 'ms' },
    {
      name: `crisis → on-call stream (flag.raised), p99`,
      figure: crisis.flag.p99,
      unit: 'ms',
      target: `≤ ${TARGET_P99_MS}`,
      pass: crisis.flag.p99 <= TARGET_P99_MS,
    },
    { name: 'crisis messages sent (accepted, 201)', figure: crisis.crisisSent, unit: 'messages' },
    { name: 'crisis messages received on the stream', figure: crisis.crisisReceived, unit: 'messages' },
    { name: 'missed crisis events', figure: missed, unit: 'messages', target: '0', pass: missed === 0 && !crisis.streamDropped },
    { name: 'bare INSERT + NOTIFY round trip, p50', figure: bare.roundTrip.p50, unit: 'ms' },
    { name: 'bare INSERT + NOTIFY round trip, p99', figure: bare.roundTrip.p99, unit: 'ms' },
    { name: 'p99 ratio, crisis / bare', figure: ratio, unit: '×', target: `≤ ${TARGET_RATIO}`, pass: ratio > 0 && ratio <= TARGET_RATIO },
    {
      name: 'on-call step-0 notice (notification.created), p50',
      figure: crisis.notice.p50,
      unit: 'ms',
      target: `≤ ${TARGET_NOTICE_P50_MS}`,
      pass: crisis.notice.count > 0 && crisis.notice.p50 <= TARGET_NOTICE_P50_MS,
    },
    {
      name: 'on-call step-0 notice (notification.created), p99',
      figure: crisis.notice.p99,
      unit: 'ms',
      target: `≤ ${TARGET_NOTICE_P99_MS}`,
      pass: crisis.notice.count > 0 && crisis.notice.p99 <= TARGET_NOTICE_P99_MS,
    },
    {
      name: 'step-0 notices received on the stream',
      figure: crisis.notice.count,
      unit: 'notices',
      target: `= ${crisis.crisisSent}`,
      pass: crisis.notice.count === crisis.crisisSent,
    },
    { name: 'all sends: POST p50', figure: crisis.post.p50, unit: 'ms' },
    { name: 'all sends: POST p99', figure: crisis.post.p99, unit: 'ms' },
    { name: 'all sends: per second (both servers)', figure: crisis.perSecond, unit: 'sends/s' },
    { name: 'all sends: failed requests', figure: crisis.failed, unit: 'requests', target: '0', pass: crisis.failed === 0 },
    { name: 'bare: sends per second', figure: bare.perSecond, unit: 'sends/s' },
  ];
}

runWhenMain(import.meta.url, runCrisisBench);
