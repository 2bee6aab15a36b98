/**
 * Check-ins at scale (issue 13): a practice of 12,000 clients with about 4 million check-ins (a
 * year of daily entries each) on PostgreSQL, seeded set-based (generate_series, one statement per
 * 1,000 clients). Measured through the real services, as a clinician:
 *   - a 30-day and a 365-day trend for one client (getTrends: the chart and export query, with
 *     its baseline, config and audit row);
 *   - the caseload of 100 clients with its check-in signals (getCaseload, every signal composed);
 *   - a page of one client's timeline (issue 17): the newest 30 entries, and 30 from half a year
 *     back (clientTimeline, every source the clinician may see, with its audit row).
 * The same figures first at 1,000 clients, in the same database before it grows, so the ratio
 * shows whether cost follows the practice's size (it should not).
 *
 *   npx tsx bench/checkins/checkins.bench.ts
 *   BENCH_CLIENTS=3000 npx tsx bench/checkins/checkins.bench.ts   (a quick look)
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Database } from '../../apps/server/src/db/database';
import type { Ctx } from '../../apps/server/src/http/context';
import { type BenchFigure, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';

export const needs = ['postgres'] as const;

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_CLIENTS ?? 12_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 333);
const BATCH = 1_000;
const CLINICIANS = 120;
const CASELOAD = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const TARGET_P95_MS = 50;

interface Seeded {
  practiceId: string;
  benchClinician: string;
  clinicians: string[];
  today: string;
}

type Timings = Record<'trend30' | 'trend365' | 'caseload' | 'timeline' | 'timelineOld', { p50: number; p95: number }>;

export async function runCheckinsBench(): Promise<BenchFigure[]> {
  process.env.STEADFAST_TEST_DB = 'postgres';
  const { createTestDatabase } = await import('../../apps/server/src/testing/test-database');
  const testDb = await createTestDatabase();
  try {
    const seeded = await seedPractice(testDb.database);
    const seedStart = performance.now();
    await seedClients(testDb.database, seeded, 0, SMALL);
    const small = await measure(testDb.database, seeded);
    await withoutCheckinIndexes(testDb.database, () => seedClients(testDb.database, seeded, SMALL, LARGE));
    const seedMs = performance.now() - seedStart;
    const [{ rows }] = [await testDb.database.db.execute(sql`select count(*)::int as n from checkins`)] as unknown as [{ rows: { n: number }[] }];
    const checkins = rows[0]!.n;
    const large = await measure(testDb.database, seeded);
    const figures = toFigures(small, large, checkins, seedMs);
    printFigures(`Check-ins: ${LARGE} clients, ${checkins} check-ins on PostgreSQL; ${RUNS} runs per figure; ${os.cpus().length} CPUs shared`, figures);
    writeBenchResults('checkins', figures, { small, large, checkins, seedMs, clients: LARGE, days: DAYS });
    return figures;
  } finally {
    await testDb.drop();
  }
}

async function seedPractice(database: Database): Promise<Seeded> {
  const { createPractice } = await import('../../apps/server/src/modules/practices/practices.service');
  const { db } = database;
  const practice = await createPractice(db, { name: 'Bench Practice', country: 'GB', timeZone: 'Europe/London' });
  const tag = practice.id.slice(0, 8);
  const rows = (await db.execute(sql`
    insert into users (id, practice_id, email, name, role, is_demo)
    select gen_random_uuid(), ${practice.id}, 'bench-clin-' || g || '-' || ${tag} || '@bench.test', 'Clinician ' || g, 'clinician', true
    from generate_series(1, ${CLINICIANS}::int) g returning id`)) as unknown as { rows: { id: string }[] };
  const clinicians = rows.rows.map((r) => r.id);
  const today = new Date().toISOString().slice(0, 10);
  return { practiceId: practice.id, benchClinician: clinicians[0]!, clinicians: clinicians.slice(1), today };
}

/**
 * Clients numbered [from, to): the first CASELOAD are the bench clinician's, the rest spread over the
 * others. Each batch's clients share a created_at, which the check-in insert selects them by.
 */
async function seedClients(database: Database, s: Seeded, from: number, to: number) {
  const { db } = database;
  const others = sql`array[${sql.join(
    s.clinicians.map((c) => sql`${c}`),
    sql`, `,
  )}]::uuid[]`;
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(to, start + BATCH);
    const created = new Date(Date.UTC(2024, 0, 1) + start).toISOString();
    const t0 = performance.now();
    await db.execute(sql`
      with s as (select g, gen_random_uuid() as uid, gen_random_uuid() as cid from generate_series(${start}::int, ${end - 1}::int) g),
      u as (insert into users (id, practice_id, email, name, role, is_demo)
            select uid, ${s.practiceId}, 'bench-client-' || g || '-' || ${s.practiceId.slice(0, 8)} || '@bench.test', 'Client ' || g, 'client', true from s returning id),
      c as (insert into clients (practice_id, id, user_id, time_zone, created_at)
            select ${s.practiceId}, cid, uid, 'Europe/London', ${created}::timestamptz from s where exists (select 1 from u where u.id = s.uid) returning id)
      insert into care_team_members (practice_id, client_id, clinician_id, role, is_primary, scopes, created_at)
      select ${s.practiceId}, s.cid, case when s.g < ${CASELOAD} then ${s.benchClinician}::uuid else (${others})[1 + s.g % ${s.clinicians.length}] end,
             'therapist', true, '[]'::jsonb, ${created}::timestamptz
      from s where exists (select 1 from c where c.id = s.cid)`);
    // A year of daily entries per client; about one day in twenty missed.
    await db.execute(sql`
      insert into checkins (practice_id, id, client_id, date, entered_on, mood, urges, medication, water, meals, sleep_hours, risk_level, created_at, updated_at)
      select c.practice_id, gen_random_uuid(), c.id, d::date, d::date,
             (3 + floor(random() * 6))::int,
             jsonb_build_object('selfHarm', floor(random() * 3)::int, 'sabotage', floor(random() * 3)::int),
             (array['yes','yes','yes','partly','no'])[1 + floor(random() * 5)::int],
             (array['yes','yes','partly'])[1 + floor(random() * 3)::int],
             (array['yes','yes','partly'])[1 + floor(random() * 3)::int],
             7, 'none', d + interval '20 hours', d + interval '20 hours'
      from clients c
      cross join generate_series(${s.today}::date - ${DAYS - 1}::int, ${s.today}::date - 1, interval '1 day') d
      where c.practice_id = ${s.practiceId} and c.created_at = ${created}::timestamptz and random() > 0.05`);
    console.log(`seeded clients ${start}–${end - 1} in ${Math.round(performance.now() - t0)} ms`);
  }
  await db.execute(sql`analyze`);
}

/**
 * A bulk load builds its indexes once at the end instead of keeping them up to date row by row
 * (random uuid keys make that slow): the way a restore or a migration of a large practice loads.
 */
async function withoutCheckinIndexes(database: Database, load: () => Promise<void>) {
  const { db } = database;
  await db.execute(sql`alter table checkins drop constraint checkins_practice_id_id_pk`);
  await db.execute(sql`drop index checkins_client_day`);
  await load();
  const t0 = performance.now();
  await db.execute(sql`set maintenance_work_mem = '256MB'`);
  await db.execute(sql`alter table checkins add constraint checkins_practice_id_id_pk primary key (practice_id, id)`);
  await db.execute(sql`create unique index checkins_client_day on checkins using btree (practice_id, client_id, date)`);
  await db.execute(sql`analyze checkins`);
  console.log(`indexes rebuilt in ${Math.round(performance.now() - t0)} ms`);
}

async function measure(database: Database, s: Seeded): Promise<Timings> {
  const { getTrends } = await import('../../apps/server/src/modules/check-ins');
  const { getCaseload } = await import('../../apps/server/src/modules/caseload');
  const { clientTimeline } = await import('../../apps/server/src/modules/timeline');
  const { loadConfig } = await import('../../apps/server/src/config');
  const { createLogger } = await import('../../apps/server/src/http/logging');
  const { systemClock } = await import('../../apps/server/src/jobs/clock');
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', JOBS: 'off' });
  const log = createLogger('silent');
  const ctx: Ctx = {
    db: database.db,
    actor: { userId: s.benchClinician, practiceId: s.practiceId, role: 'clinician', name: 'Bench', isDemo: true },
    clock: systemClock,
    log,
    requestId: 'bench',
    deps: { database, config, clock: systemClock, log },
  };
  const caseload = await getCaseload(ctx);
  if (caseload.length !== CASELOAD || !caseload.every((c) => c.signals.checkins)) throw new Error(`expected ${CASELOAD} clients with check-in signals`);
  const ids = caseload.map((c) => c.clientId);
  const pick = (i: number) => ids[(i * 37) % ids.length]!;
  const time = async (fn: (i: number) => Promise<unknown>, runs: number) => {
    for (let i = 0; i < 10; i += 1) await fn(i);
    const ms: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await fn(i);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
    return { p50: round(at(0.5)), p95: round(at(0.95)) };
  };
  return {
    trend30: await time((i) => getTrends(ctx, pick(i), { range: 'month' }), RUNS),
    trend365: await time((i) => getTrends(ctx, pick(i), { range: 'year' }), RUNS),
    caseload: await time(() => getCaseload(ctx), Math.max(20, RUNS / 4)),
    timeline: await time((i) => clientTimeline(ctx, pick(i), { limit: 30 }), RUNS),
    timelineOld: await time((i) => clientTimeline(ctx, pick(i), { limit: 30, before: halfAYearBack() }), RUNS),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A timeline cursor at 182 days ago: the place a clinician reaches after paging back half a year. */
function halfAYearBack(): string {
  const at = new Date(Date.now() - 182 * 86_400_000).toISOString().replace('Z', '000Z');
  return Buffer.from(`${at}|checkin:ffffffff-ffff-ffff-ffff-ffffffffffff`, 'utf8').toString('base64url');
}

function toFigures(small: Timings, large: Timings, checkins: number, seedMs: number): BenchFigure[] {
  const out: BenchFigure[] = [
    { name: 'seed: check-ins written', figure: checkins, unit: 'rows', target: `≈${Math.round((LARGE * DAYS * 0.95) / 1e5) / 10} M` },
  ];
  out.push({ name: 'seed: time', figure: Math.round(seedMs / 1000), unit: 's' });
  const label = {
    trend30: '30-day trend, one client',
    trend365: '365-day trend, one client',
    caseload: `caseload of ${CASELOAD} with check-in signals`,
    timeline: 'timeline, newest page of 30',
    timelineOld: 'timeline, a page of 30 half a year back',
  };
  for (const key of ['trend30', 'trend365', 'caseload', 'timeline', 'timelineOld'] as const) {
    out.push({ name: `${label[key]} p50 (${SMALL} clients)`, figure: small[key].p50, unit: 'ms' });
    out.push({ name: `${label[key]} p95 (${SMALL} clients)`, figure: small[key].p95, unit: 'ms' });
    out.push({ name: `${label[key]} p50 (${LARGE} clients)`, figure: large[key].p50, unit: 'ms' });
    out.push({
      name: `${label[key]} p95 (${LARGE} clients)`,
      figure: large[key].p95,
      unit: 'ms',
      target: `≤ ${TARGET_P95_MS} and ≤ 2× ${small[key].p95}`,
      pass: large[key].p95 <= TARGET_P95_MS && large[key].p95 <= 2 * small[key].p95,
    });
  }
  return out;
}

runWhenMain(import.meta.url, runCheckinsBench);
