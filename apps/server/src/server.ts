import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/database';
import { isEmpty, seedDemo } from './demo/seed-demo';
import { createLogger } from './http/logging';
import type { Deps } from './http/context';
import { systemClock } from './jobs/clock';
import { registerJobHandlers } from './job-handlers';
import { JobRunner } from './jobs/runner';
import { UrgentWork } from './jobs/urgent-work';

export interface RunningServer {
  app: FastifyInstance;
  deps: Deps;
  runner: JobRunner;
  url: string;
  seeded: boolean;
  stop(): Promise<void>;
}

/** Opens the database configured for this process (PGlite in DATA_DIR unless DATABASE_URL is set). */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pg') });
}

/** Starts everything one app server runs: migrations, demo seed, HTTP, the job runner. */
export async function startServer(config: Config = loadConfig()): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  const deps: Deps = { database, config, clock: systemClock, log, urgentWork: new UrgentWork() };
  let seeded = false;
  if (config.demo && (await isEmpty(database.db))) {
    await seedDemo(deps);
    seeded = true;
  }
  const app = await buildApp(deps);
  // The runner's jobs hold connections of their own: a step never queues behind requests for the shared pool.
  const jobsDatabase = database.ownPool(config.jobsConcurrency + 1);
  const runner = registerJobHandlers(new JobRunner({ ...deps, database: jobsDatabase }));
  if (config.jobs) await runner.start();
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  return {
    app,
    deps,
    runner,
    url: `http://localhost:${port}`,
    seeded,
    stop: () =>
      (stopping ??= (async () => {
        await runner.stop();
        await app.close();
        await jobsDatabase.close();
        await database.close();
      })()),
  };
}
