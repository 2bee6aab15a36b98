import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Role } from '@steadfast/contracts';
import type { Config } from '../config';
import type { Database, Db } from '../db/database';
import type { Clock } from '../jobs/clock';
import type { UrgentWork } from '../jobs/urgent-work';

/** Who is acting: a signed-in person, or the system itself (jobs, seeding). */
export interface Actor {
  userId: string;
  practiceId: string;
  /** 'system' acts for jobs and seeding; it never comes from a session. */
  role: Role | 'system';
  name: string;
  /** Set when the actor is a client. */
  clientId?: string;
  sessionId?: string;
  isDemo: boolean;
  /** A clinician or admin who has not yet set up two-factor sign-in (SPEC §2.12). */
  mustEnrolTotp?: boolean;
}

/** Long-lived dependencies of the app, built once in main.ts or by a test. */
export interface Deps {
  database: Database;
  config: Config;
  clock: Clock;
  log: Logger;
  /** This server's runner, behind on urgent work or not: routine writes step aside while it is (jobs/urgent-work.ts). */
  urgentWork?: UrgentWork;
}

/** What every use case receives: no globals, no hidden request state (STYLE.md). */
export interface Ctx {
  db: Db;
  actor: Actor;
  clock: Clock;
  log: Logger;
  requestId: string;
  deps: Deps;
}

/** The same context bound to a transaction. */
export function withDb(ctx: Ctx, db: Db): Ctx {
  return { ...ctx, db };
}

/** The actor that jobs and seeding run as within one practice. */
export function systemActor(practiceId: string): Actor {
  return { userId: '', practiceId, role: 'system', name: 'Steadfast', isDemo: false };
}

/** A context for work that no request started (jobs, seeding, the CLI). */
export function systemCtx(deps: Deps, practiceId: string, db: Db = deps.database.db): Ctx {
  return { db, actor: systemActor(practiceId), clock: deps.clock, log: deps.log, requestId: 'system', deps };
}
