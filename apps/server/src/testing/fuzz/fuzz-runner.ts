import type { Readable } from 'node:stream';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { ErrorBody } from '@steadfast/contracts';
import { SESSION_COOKIE } from '../../http/auth';
import { ensureSignedIn, rememberIds, type FuzzActor, type FuzzWorld, type PracticeTag, type RowCollection } from './fuzz-world';
import { encodeSegment } from './odd-values';
import { fuzzCase, type BodySpec, type FuzzCase, type IdValue } from './openapi-arbitraries';

/**
 * What must hold for every response, whatever was sent (SPEC §4, §2.12), and what the API
 * description promises of it (issue 21): a status it declares for the operation, a body its schema accepts.
 */
export type ViolationKind = 'server-error' | 'error-shape' | 'cross-practice' | 'hang' | 'undeclared-status' | 'body-mismatch';

export interface Violation {
  kind: ViolationKind;
  actor: string;
  method: string;
  url: string;
  status: number;
  request: string;
  response: string;
  /** What the API description says is wrong, for the contract kinds. */
  problems?: string[];
}

export interface FuzzStats {
  requests: number;
  /** Requests Node refused to build (e.g. a header value it will not send): not sent, not counted. */
  unsendable: number;
  /** Sign-ins the runner made for its callers (first ones, and again after the fuzzer signed one out). */
  signIns: number;
  signInFailures: number;
  byStatus: Record<string, number>;
  /** Per OpenAPI operation ("GET /api/v1/me"): requests sent, and how many got a 2xx. */
  byOperation: Record<string, { requests: number; ok: number; ms: number }>;
  violations: Violation[];
  violationCounts: Record<ViolationKind, number>;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Milliseconds a request may take before it counts as a hang. */
  timeoutMs?: number;
  /** How many violations to keep in full (all are counted). */
  keepViolations?: number;
  onProgress?: (stats: FuzzStats) => void;
}

/** Sends `runs` generated requests one after another and checks every response. */
export async function runFuzz(world: FuzzWorld, options: FuzzOptions): Promise<FuzzStats> {
  const stats = emptyStats(world);
  await fc.assert(
    fc.asyncProperty(fuzzCase(world.operations, world.actors.length), async (c) => {
      await sendAndCheck(world, c, stats, options);
      if (options.onProgress && stats.requests % 500 === 0) options.onProgress(stats);
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  return stats;
}

function emptyStats(world: FuzzWorld): FuzzStats {
  return {
    requests: 0,
    unsendable: 0,
    signIns: 0,
    signInFailures: 0,
    byStatus: {},
    byOperation: Object.fromEntries(world.operations.map((op) => [`${op.method} ${op.path}`, { requests: 0, ok: 0, ms: 0 }])),
    violations: [],
    violationCounts: { 'server-error': 0, 'error-shape': 0, 'cross-practice': 0, hang: 0, 'undeclared-status': 0, 'body-mismatch': 0 },
  };
}

interface Built {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** Practices of the clients named in the path, for the cross-practice check. */
  clientPractices: PracticeTag[];
}

async function sendAndCheck(world: FuzzWorld, c: FuzzCase, stats: FuzzStats, options: FuzzOptions): Promise<void> {
  const actor = world.actors[c.actor]!;
  if (actor.email && !actor.cookie) {
    stats.signIns += 1;
    if (!(await ensureSignedIn(world, actor))) stats.signInFailures += 1;
  }
  const built = build(world, c, actor);
  let response: { status: number; headers: LightMyRequestResponse['headers']; body: string } | 'hang';
  const started = performance.now();
  try {
    response = await withTimeout(send(world, built), options.timeoutMs ?? 15_000);
  } catch (error) {
    if (isUnsendable(error)) {
      stats.unsendable += 1;
      return;
    }
    throw error;
  }
  stats.requests += 1;
  const op = world.operations[c.operation]!;
  const opStats = stats.byOperation[`${op.method} ${op.path}`]!;
  opStats.ms += performance.now() - started;
  if (built.method === op.method) opStats.requests += 1;
  if (response === 'hang') return record(stats, options, { kind: 'hang', actor: actor.name, built, status: 0, body: '' });
  stats.byStatus[response.status] = (stats.byStatus[response.status] ?? 0) + 1;
  const { status, body } = response;
  if (status >= 200 && status < 300) {
    if (built.method === op.method) opStats.ok += 1;
    rememberIds(world, body);
  }
  for (const kind of violationsOf(actor, built, status, body)) record(stats, options, { kind, actor: actor.name, built, status, body });
  const streamed = String(response.headers['content-type'] ?? '').startsWith('text/event-stream');
  // Judged against the route the URL really reaches: a '..' segment is resolved before routing
  // (GET /invitations/by-token/.. is GET /invitations), as any HTTP client resolves it.
  const reached = resolvedUrl(built.url);
  const problems = world.contract.problemsWith({ method: built.method, url: reached, status, headers: response.headers, ...(streamed ? {} : { body }) });
  if (problems.length) {
    const kind = problems.some((p) => p.includes('does not declare')) ? 'undeclared-status' : 'body-mismatch';
    record(stats, options, { kind, actor: actor.name, built, status, body, problems });
  }
  // The server clears the cookie when the session is gone (signed out, revoked): sign in again before this actor's next request.
  if (actor.email && clearsSession(response.headers['set-cookie'])) actor.cookie = undefined;
}

/** The URL with dot segments resolved, as the server routes it; left as it is when it cannot be parsed. */
function resolvedUrl(url: string): string {
  try {
    const parsed = new URL(url, 'http://fuzz.invalid');
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

/** Which properties this response breaks. */
function violationsOf(actor: FuzzActor, built: Built, status: number, body: string): ViolationKind[] {
  const kinds: ViolationKind[] = [];
  if (status >= 500) kinds.push('server-error');
  if ((status < 200 || status >= 300) && built.method !== 'HEAD' && !ErrorBody.safeParse(parseJson(body)).success) kinds.push('error-shape');
  if (status >= 200 && status < 300 && actor.practice && built.clientPractices.some((p) => p !== actor.practice)) kinds.push('cross-practice');
  return kinds;
}

function record(stats: FuzzStats, options: FuzzOptions, v: { kind: ViolationKind; actor: string; built: Built; status: number; body: string; problems?: string[] }): void {
  stats.violationCounts[v.kind] += 1;
  if (stats.violations.length >= (options.keepViolations ?? 20)) return;
  stats.violations.push({
    kind: v.kind,
    actor: v.actor,
    method: v.built.method,
    url: v.built.url.slice(0, 500),
    status: v.status,
    // The session token is the actor's: name them instead of keeping a live credential in a result file.
    request: JSON.stringify({
      headers: { ...v.built.headers, ...(v.built.headers.cookie ? { cookie: `<${v.actor}'s session>` } : {}) },
      body: v.built.payload?.slice(0, 500),
    }),
    response: v.body.slice(0, 500),
    ...(v.problems ? { problems: v.problems } : {}),
  });
}

function build(world: FuzzWorld, c: FuzzCase, actor: FuzzActor): Built {
  const op = world.operations[c.operation]!;
  const clientPractices: PracticeTag[] = [];
  let pathClient: string | undefined;
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
    const value = c.pathParams[name];
    if (!value) return '';
    const collection = op.path.slice(0, offset - 1).split('/').pop() ?? '';
    const resolved = resolveRowId(world, value, collection, pathClient) ?? resolveId(world, value, actor);
    if (name === 'clientId') pathClient = resolved;
    const client = world.clients.find((cl) => cl.id === resolved);
    if (client && name === 'clientId') clientPractices.push(client.practice);
    return resolved;
  });
  const query = 'raw' in c.query ? c.query.raw : c.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeSegment(v)}`).join('&');
  const headers: Record<string, string> = { ...c.headers };
  if (actor.cookie) headers.cookie = actor.cookie;
  const { payload, contentType } = bodyText(world, c.body, actor);
  if (contentType) headers['content-type'] = contentType;
  return { method: c.method, url: query ? `${path}?${query}` : path, headers, payload, clientPractices };
}

/**
 * Three known picks in four aimed at a by-id route with seeded rows name one of those rows, of the
 * path's client when it has any; the fourth keeps aiming other ids (a flag's, a person's) at it.
 */
function resolveRowId(world: FuzzWorld, value: IdValue, collection: string, clientId: string | undefined): string | undefined {
  const rows = world.rows[collection as RowCollection];
  if (value.kind !== 'known' || value.pool !== 'any' || !rows?.length || value.pick % 4 === 3) return undefined;
  const ofClient = rows.filter((r) => r.clientId === clientId);
  const pool = ofClient.length > 0 ? ofClient : rows;
  return pool[Math.floor(value.pick / 4) % pool.length]!.id;
}

function resolveId(world: FuzzWorld, value: IdValue, actor: FuzzActor): string {
  if (value.kind === 'text') return value.text;
  if (value.pool === 'client') {
    // Three picks in four name a client the caller may reach, so a route gets past permission
    // often enough to answer 2xx; the fourth names any client, this practice's or the other's.
    const reach = actor.reaches ?? [];
    if (reach.length > 0 && value.pick % 4 !== 3) return reach[Math.floor(value.pick / 4) % reach.length]!;
    return world.clients[value.pick % world.clients.length]!.id;
  }
  // Half the picks go to the people and clients, half to what responses showed (messages, flags, shifts…).
  const pool = value.pick % 2 === 0 || world.seenIds.length === 0 ? world.anchorIds : world.seenIds;
  return pool[Math.floor(value.pick / 2) % pool.length]!;
}

function bodyText(world: FuzzWorld, body: BodySpec, actor: FuzzActor): { payload?: string; contentType?: string } {
  switch (body.kind) {
    case 'none':
      return {};
    case 'json':
      return { payload: JSON.stringify(body.value) ?? 'null', contentType: body.contentType ?? 'application/json' };
    case 'raw':
      return { payload: body.text, contentType: body.contentType };
    case 'jsonWithIds': {
      const ids = Object.fromEntries(Object.entries(body.ids).map(([k, v]) => [k, resolveId(world, v, actor)]));
      const value = typeof body.value === 'object' && body.value !== null ? { ...body.value, ...ids } : body.value;
      return { payload: JSON.stringify(value), contentType: 'application/json' };
    }
  }
}

/** Sends over light-my-request as a stream, so an event stream can be read for its status and then closed. */
async function send(world: FuzzWorld, built: Built): Promise<{ status: number; headers: LightMyRequestResponse['headers']; body: string }> {
  const res = await world.app.inject({
    method: built.method as 'GET',
    url: built.url,
    headers: built.headers,
    ...(built.payload !== undefined ? { payload: built.payload } : {}),
    payloadAsStream: true,
  });
  if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
    (res.raw.res as unknown as { destroy(): void }).destroy();
    return { status: res.statusCode, headers: res.headers, body: '' };
  }
  return { status: res.statusCode, headers: res.headers, body: await readAll(res.stream()) };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'hang'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Node refuses to build some requests (a header value outside Latin-1, say): no server ever sees those. */
function isUnsendable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    code === 'ERR_INVALID_CHAR' ||
    code === 'ERR_INVALID_HTTP_TOKEN' ||
    code === 'ERR_HTTP_INVALID_HEADER_VALUE' ||
    /Invalid character|invalid header/i.test(String(error))
  );
}

function clearsSession(setCookie: string | string[] | undefined): boolean {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return all.some((c) => c.startsWith(`${SESSION_COOKIE}=;`) || (c.startsWith(`${SESSION_COOKIE}=`) && /expires=Thu, 01 Jan 1970/i.test(c)));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Routes that got at least one request, and those that answered 2xx at least once. */
export function coverage(stats: FuzzStats): { operations: number; reached: number; succeeded: number; neverSucceeded: string[] } {
  const entries = Object.entries(stats.byOperation);
  return {
    operations: entries.length,
    reached: entries.filter(([, s]) => s.requests > 0).length,
    succeeded: entries.filter(([, s]) => s.ok > 0).length,
    neverSucceeded: entries.filter(([, s]) => s.ok === 0).map(([k]) => k),
  };
}
