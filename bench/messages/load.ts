import http from 'node:http';

export interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * `concurrency` senders, each sending its next request as soon as the last one answered, for
 * `durationMs`, over keep-alive connections. Latency is measured per request, from write to the
 * end of the response.
 */
export async function runLoad(baseUrl: string, concurrency: number, durationMs: number, next: (n: number) => LoadRequest, okStatus: number): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let failed = 0;
  let n = 0;
  const started = performance.now();
  const until = started + durationMs;
  async function sender(): Promise<void> {
    while (performance.now() < until) {
      const req = next(n++);
      const t0 = performance.now();
      const status = await send(agent, url, req);
      if (status === okStatus) latencies.push(performance.now() - t0);
      else failed += 1;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, sender));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { ok: latencies.length, failed, seconds, perSecond: latencies.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

function send(agent: http.Agent, url: URL, req: LoadRequest): Promise<number> {
  return new Promise((resolve) => {
    const r = http.request(
      { agent, host: url.hostname, port: url.port, path: req.path, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(req.body), ...req.headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    r.on('error', () => resolve(0));
    r.end(req.body);
  });
}
