import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Steadfast <no-reply@steadfast.invalid>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  WEB_DIST: z.string().optional(),
  JOBS: z.enum(['on', 'off']).default('on'),
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** Demo mode seeds the demo practice and relaxes two-factor for demo people (SPEC §3). */
  demo: boolean;
  webDist: string | undefined;
  jobs: boolean;
  /** Jobs each app server runs at once (its job runner's pool; each holds a database connection). */
  jobsConcurrency: number;
  secureCookies: boolean;
  /** Trust X-Forwarded-For (set only behind a reverse proxy). */
  trustProxy: boolean;
}

/** Parses the environment once, at start-up; a bad value stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    publicUrl: publicUrl.replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    // Demo data must never appear on a production PostgreSQL start (SPEC §3).
    demo: e.DEMO === 'on' || (e.DEMO === 'auto' && !e.DATABASE_URL),
    webDist: e.WEB_DIST,
    jobs: e.JOBS === 'on',
    jobsConcurrency: e.JOBS_CONCURRENCY,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY === 'true',
  };
}
