/**
 * A small cluster for benchmarks that need the real thing across processes: a fresh PostgreSQL
 * database of its own, N real app servers (`steadfast start` child processes, jobs on) sharing
 * it, the demo practice seeded by the first of them exactly as a demo start seeds it, and K extra
 * clients in that practice, each with a care team and a signed-in session.
 *
 *   await withCluster({ servers: 2, clients: 100 }, async (cluster) => { … });
 *
 * Everything is stopped and the database dropped when the callback ends, whether it threw or not.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DemoKey } from '../../apps/server/src/demo/demo-people';
import type { DemoWorld } from '../../apps/server/src/demo/demo-seeders';
import type { Deps } from '../../apps/server/src/http/context';
import type { ServerProcess } from '../../apps/server/src/testing/server-process';

export interface ClusterOptions {
  /** App server processes, all on the one database. */
  servers: number;
  /** Extra clients seeded into the demo practice (Sam and Alex are there already). */
  clients?: number;
  /** Extra environment for every server; JOBS=on, DEMO=on and LOG_LEVEL=warn unless set here. */
  env?: Record<string, string>;
}

/** One seeded client: a client person, their client record, and a session cookie for them. */
export interface SeededClient {
  userId: string;
  clientId: string;
  email: string;
  /** `steadfast_session=…`, ready for a Cookie header on any of the cluster's servers. */
  cookie: string;
  primaryClinicianId: string;
}

export interface Cluster {
  /** The benchmark's own database, for URLs other processes open (e.g. a bare baseline). */
  databaseUrl: string;
  /** The benchmark's own connection and services' dependencies (system clock, warn-level log). */
  deps: Deps;
  /** The demo practice as the first server seeded it (ids read back from the database). */
  demo: DemoWorld;
  /** The running servers, in start order; `restart` replaces one in place. */
  servers: ServerProcess[];
  clients: SeededClient[];
  /** A session cookie for a demo person, opened by the app's own sign-in service. */
  signInDemo(who: DemoKey): Promise<string>;
  /** The clinician the rota has on call now (the demo seed puts Omar on call, Dana as backup). */
  onCallNow(): Promise<{ clinicianId: string; backupClinicianId: string | null }>;
  /** Starts one more server on the same database and adds it to `servers`. */
  addServer(env?: Record<string, string>): Promise<ServerProcess>;
  /** Stops server i with `signal` (SIGKILL for a crash) and starts a fresh one in its place. */
  restart(index: number, signal?: NodeJS.Signals): Promise<ServerProcess>;
}

/** Starts a cluster, runs `use` with it, and always stops every server and drops the database. */
export async function withCluster<T>(options: ClusterOptions, use: (cluster: Cluster) => Promise<T>): Promise<T> {
  // The test helper picks PostgreSQL from this variable when it is first loaded.
  process.env.STEADFAST_TEST_DB = 'postgres';
  const { createTestDatabase } = await import('../../apps/server/src/testing/test-database');
  const { startServerProcess } = await import('../../apps/server/src/testing/server-process');
  const { loadConfig } = await import('../../apps/server/src/config');
  const { createLogger } = await import('../../apps/server/src/http/logging');
  const { systemClock } = await import('../../apps/server/src/jobs/clock');

  const testDb = await createTestDatabase();
  const servers: ServerProcess[] = [];
  const url = testDb.url!;
  const serverEnv = (extra: Record<string, string> = {}) => ({ DATABASE_URL: url, JOBS: 'on', DEMO: 'on', LOG_LEVEL: 'warn', ...options.env, ...extra });
  try {
    // The first server seeds the empty database; the others start once it has, so only one seeds.
    servers.push(await startServerProcess(serverEnv()));
    servers.push(...(await Promise.all(Array.from({ length: options.servers - 1 }, () => startServerProcess(serverEnv())))));
    const deps: Deps = {
      database: testDb.database,
      config: loadConfig({ DATABASE_URL: url, DEMO: 'on', LOG_LEVEL: 'warn' }),
      clock: systemClock,
      log: createLogger('warn'),
    };
    const demo = await readDemoWorld(deps);
    const clients = await seedClients(deps, demo, options.clients ?? 0);
    const cluster: Cluster = {
      databaseUrl: url,
      deps,
      demo,
      servers,
      clients,
      signInDemo: async (who) => {
        const { demoPeople, DEMO_PASSWORD } = await import('../../apps/server/src/demo/demo-people');
        return sessionCookie(deps, demoPeople[who].email, DEMO_PASSWORD);
      },
      onCallNow: () => onCallNow(deps, demo),
      addServer: async (env) => {
        const server = await startServerProcess(serverEnv(env));
        servers.push(server);
        return server;
      },
      restart: async (index, signal = 'SIGKILL') => {
        await servers[index]!.stop(signal);
        servers[index] = await startServerProcess(serverEnv());
        return servers[index]!;
      },
    };
    return await use(cluster);
  } finally {
    await Promise.all(servers.map(stopWithin));
    await testDb.drop();
  }
}

/** A clean stop (SIGTERM), or SIGKILL when the server has not exited within 15 s: nothing is left running. */
async function stopWithin(server: ServerProcess): Promise<void> {
  const stopped = server.stop().then(
    () => true,
    () => false,
  );
  const inTime = await Promise.race([stopped, new Promise<boolean>((r) => setTimeout(() => r(false), 15_000).unref())]);
  if (!inTime) await server.stop('SIGKILL').catch(() => undefined);
}

/** The demo practice's ids, read back by the demo people's e-mail addresses. */
async function readDemoWorld(deps: Deps): Promise<DemoWorld> {
  const { demoPeople } = await import('../../apps/server/src/demo/demo-people');
  const { users } = await import('../../apps/server/src/modules/identity/identity.tables');
  const { clients } = await import('../../apps/server/src/modules/care-teams/care-teams.tables');
  const { db } = deps.database;
  const keys = Object.keys(demoPeople) as DemoKey[];
  const rows = await db
    .select({ id: users.id, email: users.email, practiceId: users.practiceId })
    .from(users)
    .where(
      inArray(
        users.email,
        keys.map((k) => demoPeople[k].email),
      ),
    );
  const idOf = (key: DemoKey) => {
    const row = rows.find((r) => r.email === demoPeople[key].email);
    if (!row) throw new Error(`the demo seed has no ${key}: did the first server seed the database?`);
    return row.id;
  };
  const people = Object.fromEntries(keys.map((k) => [k, idOf(k)])) as Record<DemoKey, string>;
  const practiceId = rows[0]!.practiceId;
  const clientOf = async (userId: string) => {
    const [row] = await db
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.practiceId, practiceId), eq(clients.userId, userId)));
    return row!.id;
  };
  return { practiceId, people, clients: { sam: await clientOf(people.sam), alex: await clientOf(people.alex) }, now: new Date() };
}

/**
 * K clients in the demo practice, as the app's factories make them (demo-flagged people with the
 * factory password): Dana and Dr Patel take turns as primary therapist, the other joins as GP with
 * Sam's scopes, so each client has a care team of two. Each gets a session through the app's own
 * sign-in service: over HTTP the per-address sign-in rate limit (10 a minute) would stop at ten.
 */
async function seedClients(deps: Deps, demo: DemoWorld, count: number): Promise<SeededClient[]> {
  const { addToCareTeam, createClient, FACTORY_PASSWORD } = await import('../../apps/server/src/testing/factories');
  const { db } = deps.database;
  const since = new Date(Date.now() - 30 * 86_400_000);
  const seeded: Omit<SeededClient, 'cookie'>[] = [];
  for (let i = 0; i < count; i += 1) {
    const [primary, second] = i % 2 === 0 ? [demo.people.dana, demo.people.patel] : [demo.people.patel, demo.people.dana];
    const { person, client } = await createClient(db, demo.practiceId, primary, since);
    await addToCareTeam(db, demo.practiceId, client.id, second, { role: 'gp', scopes: ['safety_plan', 'measures', 'appointments'], startsAt: since });
    seeded.push({ userId: person.id, clientId: client.id, email: person.email, primaryClinicianId: primary });
  }
  // A few at a time: each sign-in verifies an argon2 hash (~20 ms of CPU).
  const cookies: string[] = [];
  for (let i = 0; i < seeded.length; i += 4) {
    cookies.push(...(await Promise.all(seeded.slice(i, i + 4).map((c) => sessionCookie(deps, c.email, FACTORY_PASSWORD)))));
  }
  return seeded.map((c, i) => ({ ...c, cookie: cookies[i]! }));
}

/** Signs in through the app's sign-in service (password check, session row) and returns the cookie. */
async function sessionCookie(deps: Deps, email: string, password: string): Promise<string> {
  const { signIn } = await import('../../apps/server/src/modules/identity/sign-in');
  const { SESSION_COOKIE } = await import('../../apps/server/src/http/auth');
  const { token } = await signIn(deps, { email, password }, 'steadfast-bench');
  return `${SESSION_COOKIE}=${token}`;
}

/** Who the rota has on call now; when no shift covers now, Omar covers the next hour (Dana backing up), as in the demo. */
async function onCallNow(deps: Deps, demo: DemoWorld): Promise<{ clinicianId: string; backupClinicianId: string | null }> {
  const { findOnCallNow } = await import('../../apps/server/src/modules/on-call/on-call.queries');
  const { addShift } = await import('../../apps/server/src/testing/factories');
  const { db } = deps.database;
  const now = new Date();
  let shift = await findOnCallNow(db, demo.practiceId, now);
  if (!shift) {
    await addShift(db, demo.practiceId, demo.people.omar, new Date(now.getTime() - 60_000), new Date(now.getTime() + 3_600_000), demo.people.dana);
    shift = await findOnCallNow(db, demo.practiceId, now);
  }
  if (!shift) throw new Error('nobody is on call, and a shift for Omar could not be added');
  return { clinicianId: shift.clinicianId, backupClinicianId: shift.backupClinicianId ?? null };
}
