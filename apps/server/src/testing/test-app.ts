import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
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
import { ApiContract } from './contract/api-contract';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  clock: TestClock;
  runner: JobRunner;
  demo: DemoWorld;
  testDb: TestDatabase;
  /** The API description every response of this app is checked against (see holdToContract). */
  contract: ApiContract;
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
  // Most tests move the clock by hours and keep a staff cookie: the idle timeout is set to the
  // staff session's whole life (12 hours) here, and the idle-timeout tests set their own.
  const config: Config = {
    ...loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', DEMO: 'on', JOBS: 'off', TRUST_PROXY: 'true', STAFF_IDLE_MINUTES: '720' }),
    ...options.config,
  };
  const deps: Deps = { database: testDb.database, config, clock, log: createLogger(config.logLevel) };
  const demo = await seedDemo(deps);
  const app = await buildApp(deps, options);
  await app.ready();
  const contract = await holdToContract(app);
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
    contract,
    signIn,
    request,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

/**
 * Every response a test receives through `app.inject` is checked against the app's own API
 * description (issue 21): a status the operation does not declare, or a body that does not match
 * the schema declared for it, fails the test that made the call. Streamed responses are left to
 * their reader (the fuzzer checks its own through the same contract).
 */
async function holdToContract(app: FastifyInstance): Promise<ApiContract> {
  const contract = await ApiContract.from((await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as object);
  const inject = app.inject.bind(app) as (opts: InjectOptions) => Promise<LightMyRequestResponse>;
  const checked = (opts: InjectOptions | string) => {
    const options = typeof opts === 'string' ? { url: opts } : opts;
    return inject(options).then((res) => {
      if (!options.payloadAsStream) {
        contract.assertHolds({
          method: String(options.method ?? 'GET').toUpperCase(),
          url: urlOf(options),
          status: res.statusCode,
          headers: res.headers,
          body: res.body,
        });
      }
      return res;
    });
  };
  // Only the promise form is checked; the chained builder (`app.inject().get(...)`) is unused here.
  app.inject = ((opts?: InjectOptions | string, callback?: unknown) =>
    opts === undefined || callback !== undefined ? (inject as (...args: unknown[]) => unknown)(opts, callback) : checked(opts)) as FastifyInstance['inject'];
  return contract;
}

function urlOf(options: InjectOptions): string {
  if (typeof options.url === 'string') return options.url;
  const url = options.url as { pathname?: string; query?: unknown } | undefined;
  return url?.pathname ?? (options as { path?: string }).path ?? '/';
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
