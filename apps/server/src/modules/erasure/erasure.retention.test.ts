import { and, count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErasureView } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { jobs } from '../../jobs/jobs.tables';
import { signInNow } from '../../testing/sign-in-now';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { contactAgreements } from '../agreements/agreements.tables';
import { auditEvents } from '../audit/audit.tables';
import { careTeamMembers, clients } from '../care-teams/care-teams.tables';
import { clinicalNotes } from '../clinical-notes/clinical-notes.tables';
import { users } from '../identity/identity.tables';
import { measureResults } from '../measures/measures.tables';
import { messages } from '../messaging/messaging.tables';
import { practices } from '../practices/practices.tables';
import { safetyPlanVersions } from '../safety-plans/safety-plans.tables';
import { appointmentSeries } from '../scheduling/scheduling.tables';
import { RETENTION_ENDED_JOB } from './erasure.retention';
import { erasureRequests } from './erasure.tables';

/**
 * What an erasure kept goes on the day its retention ends (CLINICAL.md §5.2): Sam's record erased
 * within a one-year rule, nothing removed before that day, everything but the pseudonymised
 * account and the care team removed by one durable job after it, audited once.
 */
let t: TestApp & { close(): Promise<void> };
let db: Db;
let sam: string;
let keptUntil: Date;

const keptKinds: [string, PgTable, () => SQL][] = [
  ['clinical notes', clinicalNotes, () => eq(clinicalNotes.clientId, sam)],
  ['measures', measureResults, () => eq(measureResults.clientId, sam)],
  ['safety plan versions', safetyPlanVersions, () => eq(safetyPlanVersions.clientId, sam)],
  ['agreements', contactAgreements, () => eq(contactAgreements.clientId, sam)],
  ['appointment series', appointmentSeries, () => eq(appointmentSeries.clientId, sam)],
  ['messages (without their words)', messages, () => eq(messages.clientId, sam)],
];

async function rows(table: PgTable, where: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row!.n;
}

const retentionJobs = () => db.select().from(jobs).where(eq(jobs.kind, RETENTION_ENDED_JOB));
const retentionAudits = () =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.clientId, sam), eq(auditEvents.action, 'client.erase.retention_ended')));

async function confirm(): Promise<ErasureView> {
  const res = await t.request({ method: 'POST', url: `/api/v1/clients/${sam}/erasure/confirm`, cookie: await signInNow(t, 'ada'), body: {} });
  expect(res.statusCode, res.body).toBe(200);
  return ErasureView.parse(res.json());
}

beforeAll(async () => {
  t = await createTestApp({ config: { demo: false }, clockStart: '2026-03-02T10:00:00Z' });
  db = t.deps.database.db;
  sam = t.demo.clients.sam;
  await db.update(practices).set({ retentionYears: 1 }).where(eq(practices.id, t.demo.practiceId));
  const asked = await t.request({ method: 'POST', url: `/api/v1/clients/${sam}/erasure/request`, cookie: await t.signIn('sam'), body: {} });
  expect(asked.statusCode, asked.body).toBe(200);
  const erased = await confirm();
  keptUntil = new Date(erased.retention.keptUntil!);
  await t.runner.runDue();
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe("the kept record goes when its retention ends (issue 18)", () => {
  it('schedules one durable job for the day the kept record goes, naming the request and not the client', async () => {
    expect(keptUntil.getTime()).toBeGreaterThan(t.clock.now().getTime());
    const scheduled = await retentionJobs();
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({ runAt: keptUntil, dedupeKey: `${RETENTION_ENDED_JOB}:${sam}`, doneAt: null });
    expect(scheduled[0]!.payload).not.toHaveProperty('clientId');
  });

  it('keeps the clinical record until then, through a repeated confirm that schedules nothing more', async () => {
    await confirm();
    t.clock.set(new Date(keptUntil.getTime() - 60_000));
    await t.runner.runDue();
    for (const [kind, table, mine] of keptKinds) expect(await rows(table, mine()), kind).toBeGreaterThan(0);
    expect(await retentionJobs()).toHaveLength(1);
    expect(await retentionAudits()).toHaveLength(0);
  });

  it('removes what was kept once the day has passed, keeping the pseudonymised account and who cared for Sam', async () => {
    t.clock.set(new Date(keptUntil.getTime() + 1_000));
    await t.runner.runDue();
    for (const [kind, table, mine] of keptKinds) expect(await rows(table, mine()), kind).toBe(0);
    expect(await rows(careTeamMembers, eq(careTeamMembers.clientId, sam))).toBeGreaterThan(0);
    const [client] = await db.select().from(clients).where(eq(clients.id, sam));
    const [account] = await db.select().from(users).where(eq(users.id, client!.userId));
    expect(account!.name).toBe('Former client');
    const [request] = await db.select().from(erasureRequests).where(eq(erasureRequests.clientId, sam));
    expect(request!.retentionEndedAt).toEqual(t.clock.now());
  });

  it('audits it once, by the system, with ids and numbers only', async () => {
    const audited = await retentionAudits();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actorId: null,
      actorRole: 'system',
      subjectType: 'erasure_request',
      reason: expect.stringMatching(/^removed=[1-9]\d* pseudonymised=\d+ kept=\d+$/),
    });
  });

  it('ran exactly once: the job is done, and neither running due work again nor another confirm repeats it', async () => {
    t.clock.advance(24 * 3600_000);
    await t.runner.runDue();
    await confirm();
    await t.runner.runDue();
    const scheduled = await retentionJobs();
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]!.doneAt).not.toBeNull();
    expect(scheduled[0]!.attempts).toBeLessThanOrEqual(1);
    expect(await retentionAudits()).toHaveLength(1);
  });
});
