import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type BuildOptions } from '../app';
import { loadConfig, type Config } from '../config';
import { seedDemo } from '../demo/seed-demo';
import type { DemoWorld } from '../demo/demo-seeders';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../demo/demo-people';
import type { Deps } from '../http/context';
import { createLogger } from '../http/logging';
import { TestClock } from '../jobs/clock';
import { registerJobHandlers } from '../job-handlers';
import { JobRunner } from '../jobs/runner';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  clock: TestClock;
  runner: JobRunner;
  demo: DemoWorld;
  testDb: TestDatabase;
  /** Signs in a demo person and returns their cookie header. */
  signIn(who: DemoKey): Promise<string>;
  /** A request as the given cookie (or anonymous); JSON body sent as JSON. */
  request(opts: { method: string; url: string; cookie?: string; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
}

export interface TestAppOptions extends BuildOptions {
  config?: Partial<Config>;
  clockStart?: string;
}

/** Builds the app on a database of its own with the demo practice seeded, for one test file. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp & { close(): Promise<void> }> {
  const testDb = await createTestDatabase();
  const clock = new TestClock(options.clockStart ?? '2026-03-02T10:00:00Z');
  const config: Config = { ...loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', DEMO: 'on', JOBS: 'off', TRUST_PROXY: 'true' }), ...options.config };
  const deps: Deps = { database: testDb.database, config, clock, log: createLogger(config.logLevel) };
  const demo = await seedDemo(deps);
  const app = await buildApp(deps, options);
  await app.ready();
  const runner = registerJobHandlers(new JobRunner(deps));
  const cookies = new Map<DemoKey, string>();

  async function request(opts: { method: string; url: string; cookie?: string; body?: unknown; headers?: Record<string, string> }) {
    return app.inject({
      method: opts.method as 'GET',
      url: opts.url,
      headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
    });
  }

  async function signIn(who: DemoKey): Promise<string> {
    const cached = cookies.get(who);
    if (cached) return cached;
    // A distinct address per sign-in keeps the per-address sign-in rate limit out of unrelated tests.
    const res = await request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: demoPeople[who].email, password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in as ${who} failed: ${res.statusCode} ${res.body}`);
    const cookie = sessionCookieFrom(res);
    cookies.set(who, cookie);
    return cookie;
  }

  return {
    app,
    deps,
    clock,
    runner,
    demo,
    testDb,
    signIn,
    request,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

let addressCounter = 0;
/** A fresh loopback-range address for each simulated device. */
export function nextTestAddress(): string {
  addressCounter += 1;
  return `127.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

/** The session cookie from a sign-in response. */
export function sessionCookieFrom(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const session = all.find((c) => c.startsWith('steadfast_session='));
  if (!session) throw new Error('no session cookie set');
  return session.split(';')[0]!;
}

/** Vitest wiring: one app per file, created before and closed after its tests. */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  const handle = {} as TestApp & { close(): Promise<void> };
  beforeAll(async () => {
    Object.assign(handle, await createTestApp(options));
  }, 60_000);
  afterAll(async () => {
    await handle.close?.();
  });
  return handle;
}
