import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { summarize, type Summary } from '../lib/quantiles';
import { runPaced, sleep, type PacedOptions } from './paced';

const CHANNEL = 'bench_bare_messages';

export interface BareResult {
  roundTrip: Summary;
  sent: number;
  received: number;
  perSecond: number;
}

/**
 * The floor under the crisis path: the same senders at the same pace, each send one INSERT of a
 * message-sized row and one NOTIFY on one pooled connection (no HTTP, no app), with a listener on
 * a connection of its own timing each NOTIFY's arrival from the moment the send began (before
 * the pool handed out a connection, as the crisis figure starts before the POST). The pool is as
 * large as the two app servers' together (2 × 20).
 */
export async function runBareNotify(databaseUrl: string, paced: PacedOptions, warmupMs: number, poolSize = 40): Promise<BareResult> {
  const setup = new pg.Client({ connectionString: databaseUrl });
  await setup.connect();
  await setup.query(`create table if not exists bench_bare_messages (
      id bigserial primary key, client_id uuid not null, body text not null, created_at timestamptz not null default now())`);
  await setup.end();

  const started = new Map<number, { at: number; measured: boolean }>();
  const latencies: number[] = [];
  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  listener.on('notification', (n) => {
    const arrivedAt = performance.now();
    const send = started.get(Number(n.payload));
    if (!send) return;
    started.delete(Number(n.payload));
    if (send.measured) latencies.push(arrivedAt - send.at);
  });
  await listener.query(`listen ${CHANNEL}`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const senders = Array.from({ length: paced.senders }, () => randomUUID());
  const measureFrom = performance.now() + warmupMs;
  let measuredSent = 0;
  try {
    const run = await runPaced({ ...paced, durationMs: paced.durationMs + warmupMs }, async (sender, n) => {
      const at = performance.now();
      const measured = at >= measureFrom;
      if (measured) measuredSent += 1;
      started.set(n, { at, measured });
      const client = await pool.connect();
      try {
        await client.query('insert into bench_bare_messages (client_id, body) values ($1, $2)', [
          senders[sender],
          `Benchmark message ${n}: a few ordinary words about my week.`,
        ]);
        await client.query('select pg_notify($1, $2)', [CHANNEL, String(n)]);
      } finally {
        client.release();
      }
    });
    // Every NOTIFY committed before its send resolved; give the last ones a moment to arrive.
    const deadline = performance.now() + 5_000;
    while (started.size > 0 && performance.now() < deadline) await sleep(20);
    const measuredSeconds = run.seconds - warmupMs / 1000;
    return { roundTrip: summarize(latencies), sent: measuredSent, received: latencies.length, perSecond: measuredSent / measuredSeconds };
  } finally {
    await pool.end();
    await listener.end();
  }
}
