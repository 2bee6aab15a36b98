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
  SMS_PROVIDER: z.enum(['log', 'twilio']).default('log'),
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/, 'an Account SID: AC and 32 hexadecimal characters')
    .optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_FROM: z
    .string()
    .regex(/^(\+[1-9]\d{6,14}|[A-Za-z0-9 ]{1,11})$/, 'a number in international form (+447700900123) or an alphanumeric sender ID')
    .optional(),
  TWILIO_MESSAGING_SERVICE_SID: z
    .string()
    .regex(/^MG[0-9a-fA-F]{32}$/, 'a Messaging Service SID: MG and 32 hexadecimal characters')
    .optional(),
  TWILIO_API_URL: z.string().url().default('https://api.twilio.com'),
  PASSWORD_RESET_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  // A staff session lasts 12 hours at most, so a longer idle limit would never be reached.
  STAFF_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(30),
});

/** Where urgent notices go by SMS (SPEC §2.9): nowhere but the log, or Twilio's Messages API. */
export type SmsConfig =
  | { provider: 'log' }
  | { provider: 'twilio'; accountSid: string; authToken: string; from: string | undefined; messagingServiceSid: string | undefined; apiUrl: string };

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
  sms: SmsConfig;
  /** How long a mailed password-reset link works. */
  passwordResetMinutes: number;
  /** A clinician's or admin's session unused this long is ended (clients' sessions never are). */
  staffIdleMinutes: number;
}

/** Parses the environment once, at start-up; a bad value stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const sms = smsConfigOf(e);
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
    sms,
    passwordResetMinutes: e.PASSWORD_RESET_MINUTES,
    staffIdleMinutes: e.STAFF_IDLE_MINUTES,
  };
}

/** Twilio needs its account, its token and a sender; a half-configured provider stops the start, never a send. */
function smsConfigOf(e: z.infer<typeof Env>): SmsConfig {
  if (e.SMS_PROVIDER === 'log') return { provider: 'log' };
  const missing = [
    e.TWILIO_ACCOUNT_SID ? null : 'TWILIO_ACCOUNT_SID',
    e.TWILIO_AUTH_TOKEN ? null : 'TWILIO_AUTH_TOKEN',
    e.TWILIO_FROM || e.TWILIO_MESSAGING_SERVICE_SID ? null : 'TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID',
  ].filter((m): m is string => m !== null);
  if (missing.length) throw new Error(`Invalid configuration:\n  SMS_PROVIDER=twilio needs ${missing.join(', ')}`);
  return {
    provider: 'twilio',
    accountSid: e.TWILIO_ACCOUNT_SID!,
    authToken: e.TWILIO_AUTH_TOKEN!,
    from: e.TWILIO_FROM,
    messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID,
    apiUrl: e.TWILIO_API_URL.replace(/\/$/, ''),
  };
}
