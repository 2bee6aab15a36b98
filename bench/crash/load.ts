import http from 'node:http';
import type { Supervisor } from './supervisor';

/** One message to send, with what became of it. */
export interface Send {
  n: number;
  /** The Idempotency-Key, the same on every attempt, as the web app's outbox keeps it. */
  key: string;
  cookie: string;
  clientId: string;
  body: string;
  intent?: string;
  attempts: number;
  /** 201: written now; 200 replayed: an earlier attempt had been written, its answer lost. */
  outcome?: 'created' | 'replayed' | 'rejected';
  rejectedStatus?: number;
}

export interface LoadLog {
  requests: number;
  /** Attempts after the first, over all sends. */
  retries: number;
  /** 5xx answers (retried). */
  serverErrors: number;
  /** Requests that failed without an answer while the server was up and not being killed. */
  strayNetworkErrors: number;
  seconds: number;
}

export interface LoadOptions {
  sends: Send[];
  concurrency: number;
  supervisor: Supervisor;
  /** The control run: a retry under a new key, as a client without an outbox would; the checks must then find duplicates. */
  newKeyOnRetry?: boolean;
  /** Called after each acknowledgement with the count so far (the kill schedule hangs on it). */
  onAck(acked: number): void;
}

const REQUEST_TIMEOUT_MS = 60_000;
const RETRY_PAUSE_MS = 200;

/**
 * `concurrency` senders work through `sends`; each send is retried with its own key until the
 * server acknowledges it (201, or 200 replayed) or refuses it with a 4xx. A request that dies with
 * the server waits for the restarted one, then goes again.
 */
export async function runSends(options: LoadOptions): Promise<LoadLog> {
  const log: LoadLog = { requests: 0, retries: 0, serverErrors: 0, strayNetworkErrors: 0, seconds: 0 };
  const agents = new AgentPerServer(options.supervisor, options.concurrency);
  let next = 0;
  let acked = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.sends.length) {
      const send = options.sends[next++]!;
      await deliver(send, options, agents, log);
      if (send.outcome !== 'rejected') options.onAck(++acked);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    agents.close();
  }
  log.seconds = (performance.now() - started) / 1000;
  return log;
}

async function deliver(send: Send, { supervisor, newKeyOnRetry }: LoadOptions, agents: AgentPerServer, log: LoadLog): Promise<void> {
  for (;;) {
    await supervisor.ready();
    const generation = supervisor.generation;
    if (send.attempts > 0) log.retries += 1;
    if (send.attempts > 0 && newKeyOnRetry) send.key = `${send.key.split('~')[0]}~${send.attempts}`;
    send.attempts += 1;
    log.requests += 1;
    try {
      const body = JSON.stringify(send.intent ? { intent: send.intent, body: send.body } : { body: send.body });
      const res = await post(
        supervisor.url,
        `/api/v1/clients/${send.clientId}/messages`,
        { cookie: send.cookie, 'idempotency-key': send.key },
        body,
        agents.agent(),
      );
      if (res.status === 201) return void (send.outcome = 'created');
      if (res.status === 200 && res.replayed) return void (send.outcome = 'replayed');
      if (res.status >= 500) {
        log.serverErrors += 1;
        await sleep(RETRY_PAUSE_MS);
        continue;
      }
      send.outcome = 'rejected';
      send.rejectedStatus = res.status;
      return;
    } catch {
      // Lost with a killed server: the loop waits for the next one. Otherwise a real fault: note it, pause, retry.
      if (!supervisor.isDown && supervisor.generation === generation) {
        log.strayNetworkErrors += 1;
        await sleep(RETRY_PAUSE_MS);
      }
    }
  }
}

/**
 * Marks everyone's notifications read, as clinicians and clients reading them would; the harness
 * calls `readAll()` every so many acknowledged sends, so a run's e-mail count does not hang on the
 * machine's speed. Reading is what keeps e-mails flowing: the app sends one "new message" e-mail
 * per person and conversation while earlier ones sit unread (coalescing). Skipped while the
 * server is down; a read lost with a kill is simply lost.
 */
export function notificationReader(cookies: string[], supervisor: Supervisor): { readAll(): void; settle(): Promise<number> } {
  const agent = new http.Agent({ keepAlive: false });
  const pending = new Set<Promise<void>>();
  let reads = 0;
  return {
    readAll() {
      if (supervisor.isDown) return;
      for (const cookie of cookies) {
        const read = post(supervisor.url, '/api/v1/notifications/read-all', { cookie }, '{}', agent).then(
          (res) => void (res.status === 200 && (reads += 1)),
          () => undefined,
        );
        pending.add(read);
        void read.finally(() => pending.delete(read));
      }
    },
    async settle() {
      await Promise.all(pending);
      agent.destroy();
      return reads;
    },
  };
}

/** Keep-alive connections to the current server; a new pool for each restarted server, the old one destroyed. */
class AgentPerServer {
  private current: http.Agent;
  private generation: number;

  constructor(
    private readonly supervisor: Supervisor,
    private readonly sockets: number,
  ) {
    this.current = new http.Agent({ keepAlive: true, maxSockets: sockets });
    this.generation = supervisor.generation;
  }

  agent(): http.Agent {
    if (this.supervisor.generation !== this.generation) {
      this.current.destroy();
      this.current = new http.Agent({ keepAlive: true, maxSockets: this.sockets });
      this.generation = this.supervisor.generation;
    }
    return this.current;
  }

  close(): void {
    this.current.destroy();
  }
}

function post(baseUrl: string, path: string, headers: Record<string, string>, body: string, agent: http.Agent): Promise<{ status: number; replayed: boolean }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, replayed: res.headers['idempotent-replayed'] === 'true' }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
