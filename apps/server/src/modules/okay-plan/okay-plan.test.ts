import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { emptyOkayPlan, type OkayPlanContent, type OkayPlanView } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { createOtherPractice } from '../../testing/factories';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();
const url = (clientId: string) => `/api/v1/clients/${clientId}/okay-plan`;

async function read(clientId: string, who: DemoKey): Promise<OkayPlanView> {
  const res = await t.request({ method: 'GET', url: url(clientId), cookie: await t.signIn(who) });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function save(clientId: string, who: DemoKey, plan: unknown, baseVersion: number) {
  return t.request({ method: 'PUT', url: url(clientId), cookie: await t.signIn(who), body: { plan, baseVersion } });
}

describe('the okay plan (SPEC §2.6)', () => {
  it('shows Sam the plan she wrote with Dana, and that she may edit it', async () => {
    const view = await read(t.demo.clients.sam, 'sam');
    expect(view.version).toBe(1);
    expect(view.updatedBy).toEqual({ name: 'Dana Reyes', role: 'clinician' });
    expect(view.plan.remember).toContain('Being okay is not a reason for anyone to leave.');
    expect(view.can).toEqual({ edit: true });
  });

  it('answers version 0 and an empty plan before the first save, never 404', async () => {
    const view = await read(t.demo.clients.alex, 'alex');
    expect(view).toMatchObject({ version: 0, plan: emptyOkayPlan(), updatedAt: null, updatedBy: null });
  });

  it('saves a new version with the sections that changed, and refuses a stale base with the newer words', async () => {
    const before = await read(t.demo.clients.sam, 'sam');
    const mine: OkayPlanContent = { ...before.plan, whatHelps: [...before.plan.whatHelps, 'Playing with Pepper.'] };
    const saved = await save(t.demo.clients.sam, 'sam', mine, before.version);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: before.version + 1, updatedBy: { name: 'Sam Taylor', role: 'client' }, changedSections: ['whatHelps'] });

    // Dana still had the old version open: her save must not replace Sam's words.
    const stale = await save(t.demo.clients.sam, 'dana', { ...before.plan, feelsLike: ['Something else.'] }, before.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ currentVersion: before.version + 1, current: { whatHelps: mine.whatHelps } });
    expect((await read(t.demo.clients.sam, 'dana')).plan.whatHelps).toEqual(mine.whatHelps);
  });

  it('keeps every version: an UPDATE of history is refused by the database', async () => {
    const refused = await t.deps.database.db.execute(sql`update okay_plan_versions set version = version + 100`).then(
      () => undefined,
      (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
    );
    expect(refused).toMatch(/append-only/);
  });

  it('lets the GP read it with the safety-plan scope but not write it; refuses other clients and other practices', async () => {
    expect((await read(t.demo.clients.sam, 'patel')).version).toBeGreaterThanOrEqual(1);
    const gpSave = await save(t.demo.clients.sam, 'patel', emptyOkayPlan(), 1);
    expect(gpSave.statusCode).toBe(403);
    const alexReadsSam = await t.request({ method: 'GET', url: url(t.demo.clients.sam), cookie: await t.signIn('alex') });
    expect(alexReadsSam.statusCode).toBe(404);
    const other = await createOtherPractice(t.deps.database.db);
    const foreign = await t.request({ method: 'GET', url: url(other.client.id), cookie: await t.signIn('dana') });
    expect(foreign.statusCode).toBe(404);
  });

  it('rejects unknown sections, empty items and items over the limit', async () => {
    const base = (await read(t.demo.clients.alex, 'alex')).version;
    for (const plan of [
      { ...emptyOkayPlan(), extra: [] },
      { ...emptyOkayPlan(), feelsLike: [''] },
      { ...emptyOkayPlan(), feelsLike: ['x'.repeat(501)] },
    ]) {
      const res = await save(t.demo.clients.alex, 'alex', plan, base);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
