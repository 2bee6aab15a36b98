import { describe, expect, it } from 'vitest';
import type { RiskFormulationList, RiskFormulationView } from '@steadfast/contracts';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

const url = () => `/api/v1/clients/${t.demo.clients.sam}/risk-formulations`;
const body = {
  formulation: 'Calm weeks feel unsafe to Sam; urges rise when contact seems about to reduce.',
  judgement: 'Chronic risk with no current plan or intent; connected to fear of care ending.',
  plan: 'Keep weekly sessions through March; caring notes on off-weeks; review the safety plan together.',
  changeableFactors: 'Sleep, contact with sister, clarity about the step-down.',
  reviewBy: '2026-03-16',
};

describe("a clinician's own risk formulation", () => {
  it('is written by the primary clinician in their own words and kept as written, newest first', async () => {
    const dana = await t.signIn('dana');
    const first = await t.request({ method: 'POST', url: url(), cookie: dana, body });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ ...body, author: { name: 'Dana Reyes' } });
    t.clock.advance(60_000);
    const second = await t.request({
      method: 'POST',
      url: url(),
      cookie: dana,
      body: { ...body, plan: 'Add a brief mid-week check-in.', changeableFactors: undefined, reviewBy: null },
    });
    expect(second.statusCode).toBe(201);
    const list = (await t.request({ method: 'GET', url: url(), cookie: dana })).json() as RiskFormulationList;
    expect(list.canWrite).toBe(true);
    expect(list.formulations.slice(0, 2).map((f) => f.plan)).toEqual(['Add a brief mid-week check-in.', body.plan]);
    // The demo's own formulation, written two weeks ago, comes after them.
    expect(list.formulations.at(-1)!.author.name).toBe('Dana Reyes');
    expect(list.formulations[0]).toMatchObject({ changeableFactors: '', reviewBy: null });
  });

  it('carries no level or score, and takes none: the fields are the clinician’s words only', async () => {
    const res = await t.request({ method: 'POST', url: url(), cookie: await t.signIn('dana'), body: { ...body, level: 'high' } });
    expect(res.statusCode).toBe(400);
    const list = (await t.request({ method: 'GET', url: url(), cookie: await t.signIn('dana') })).json() as RiskFormulationList;
    for (const f of list.formulations as RiskFormulationView[])
      expect(Object.keys(f).sort()).toEqual(['author', 'changeableFactors', 'clientId', 'createdAt', 'formulation', 'id', 'judgement', 'plan', 'reviewBy']);
    for (const bad of [
      { ...body, formulation: '' },
      { ...body, plan: '  ' },
      { ...body, reviewBy: '16/03/2026' },
      { ...body, judgement: 'x'.repeat(5001) },
    ]) {
      expect((await t.request({ method: 'POST', url: url(), cookie: await t.signIn('dana'), body: bad })).statusCode).toBe(400);
    }
  });

  it('is read by the care team (the GP, who holds the safety-plan scope) and on call; written by therapists and on call; never seen by the client', async () => {
    expect((await t.request({ method: 'GET', url: url(), cookie: await t.signIn('patel') })).json()).toMatchObject({ canWrite: false });
    expect((await t.request({ method: 'POST', url: url(), cookie: await t.signIn('patel'), body })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: url(), cookie: await t.signIn('omar'), body })).statusCode).toBe(201);
    expect((await t.request({ method: 'GET', url: url(), cookie: await t.signIn('sam') })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: url(), cookie: await t.signIn('alex') })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: url(), cookie: await t.signIn('ada') })).statusCode).toBe(403);
  });
});
