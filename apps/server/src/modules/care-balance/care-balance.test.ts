import { describe, expect, it } from 'vitest';
import type { ClientCareBalance, PracticeCareBalance } from '@steadfast/contracts';
import { createOtherPractice } from '../../testing/factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { useTestApp } from '../../testing/test-app';

// A Wednesday: the current week began on Monday 2026-03-02.
const t = useTestApp({ clockStart: '2026-03-04T12:00:00Z' });
const as = freshSignIns(t);
const sam = () => t.demo.clients.sam;
const balanceUrl = () => `/api/v1/clients/${sam()}/care-balance?weeks=2`;

async function balance(): Promise<ClientCareBalance> {
  const res = await t.request({ method: 'GET', url: balanceUrl(), cookie: await as('dana') });
  expect(res.statusCode).toBe(200);
  return res.json();
}

const send = async (who: 'sam' | 'dana', body: Record<string, string>) =>
  t.request({ method: 'POST', url: `/api/v1/clients/${sam()}/messages`, cookie: await as(who), headers: { 'idempotency-key': crypto.randomUUID() }, body });

describe('the care-contact balance (SPEC §2.6)', () => {
  it('moves as contact happens: a reply after a crisis message is a response to distress, a caring note and a later note are not', async () => {
    const before = (await balance()).weeks.at(-1)!;
    expect((await send('sam', { intent: 'crisis', body: 'Tonight is hard.' })).statusCode).toBe(201);
    t.clock.advance(30 * 60_000);
    expect((await send('dana', { body: 'I am here. Your plan is with you, and I will call at 9.' })).statusCode).toBe(201);
    const afterCrisis = (await balance()).weeks.at(-1)!;
    expect(afterCrisis.clientDistress - before.clientDistress).toBe(1);
    expect(afterCrisis.clinicianAfterDistress - before.clinicianAfterDistress).toBe(1);

    const caring = await t.request({ method: 'POST', url: `/api/v1/clients/${sam()}/caring-contacts/now`, cookie: await as('dana'), body: {} });
    expect(caring.statusCode).toBe(201);
    t.clock.set(new Date('2026-03-06T15:00:00Z')); // 51 hours on: past the 48
    const note = await t.request({
      method: 'POST',
      url: `/api/v1/clients/${sam()}/reassurance-notes`,
      cookie: await as('dana'),
      body: { body: 'It is okay to be okay.' },
    });
    expect(note.statusCode).toBe(201);
    const week = (await balance()).weeks.at(-1)!;
    expect(week.caringNotes - afterCrisis.caringNotes).toBe(1);
    expect(week.clinicianRoutine - afterCrisis.clinicianRoutine).toBe(1);
    expect(week.clinicianAfterDistress).toBe(afterCrisis.clinicianAfterDistress);
    const clinician = week.caringNotes + week.clinicianRoutine + week.clinicianAfterDistress;
    expect(week.notDistressShare).toBeCloseTo((week.caringNotes + week.clinicianRoutine) / clinician, 3);
  });

  it('shows the practice view to the admin, every client with contact, the least balanced first', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/practice/care-balance?weeks=2', cookie: await as('ada') });
    expect(res.statusCode).toBe(200);
    const practice: PracticeCareBalance = res.json();
    expect(practice.weeks.map((w) => w.weekStart)).toEqual(['2026-02-23', '2026-03-02']);
    const samRow = practice.clients.find((c) => c.clientId === sam())!;
    expect(samRow.name).toBe('Sam Taylor');
    expect(samRow.total).toEqual((await balance()).total);
    const shares = practice.clients.map((c) => c.total.notDistressShare ?? 2);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it('is read by the care team with the messages scope and the admin; never by the client, the GP without the scope, or another practice', async () => {
    // [who, client view, practice view]
    const matrix = [
      ['dana', 200, 403],
      ['ada', 200, 200],
      ['patel', 403, 403],
      ['sam', 403, 403],
    ] as const;
    for (const [who, client, practice] of matrix) {
      const cookie = await as(who);
      expect([who, (await t.request({ method: 'GET', url: balanceUrl(), cookie })).statusCode]).toEqual([who, client]);
      expect([who, (await t.request({ method: 'GET', url: '/api/v1/practice/care-balance', cookie })).statusCode]).toEqual([who, practice]);
    }
    const other = await createOtherPractice(t.deps.database.db);
    expect((await t.request({ method: 'GET', url: `/api/v1/clients/${other.client.id}/care-balance`, cookie: await as('ada') })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `${balanceUrl().split('?')[0]}?weeks=99`, cookie: await as('dana') })).statusCode).toBe(400);
  });
});
