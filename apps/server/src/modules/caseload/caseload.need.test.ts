import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseloadEntry, MessageIntent } from '@steadfast/contracts';
import { addToCareTeam, createPerson, FACTORY_PASSWORD } from '../../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { clients } from '../care-teams/care-teams.tables';

// A Monday morning in London (GMT in early March), with the demo practice as it is seeded: Sam is in a stable stretch.
const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

const PILLS = "I have the pills in front of me and I'm going tonight";

async function signIn(email: string, password: string): Promise<string> {
  const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email, password }, headers: { 'x-forwarded-for': nextTestAddress() } });
  expect(res.statusCode, res.body).toBe(200);
  return sessionCookieFrom(res);
}

/** A new client of Dana's who can sign in and write. */
async function newClient(name: string) {
  const db = t.deps.database.db;
  const person = await createPerson(db, t.demo.practiceId, 'client', name);
  const [client] = await db.insert(clients).values({ practiceId: t.demo.practiceId, userId: person.id, timeZone: 'Europe/London' }).returning();
  await addToCareTeam(db, t.demo.practiceId, client!.id, t.demo.people.dana, {
    role: 'therapist',
    isPrimary: true,
    startsAt: new Date('2026-01-01T00:00:00Z'),
  });
  const cookie = await signIn(person.email, FACTORY_PASSWORD);
  return async (body: string, intent: MessageIntent) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/clients/${client!.id}/messages`,
      cookie,
      body: { intent, body },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
}

async function danasCaseload(): Promise<CaseloadEntry[]> {
  const res = await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await t.signIn('dana') });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().clients as CaseloadEntry[];
}

describe('the caseload sorted by need, on the seeded practice (SPEC §2.8)', () => {
  it('a soon message near its window comes before Sam’s stable stretch, and an unacknowledged flag before both', async () => {
    const before = await danasCaseload();
    const sam = before.find((c) => c.name === 'Sam Taylor')!;
    expect(sam.signals.stability?.days).toBeGreaterThanOrEqual(7);
    expect(sam.signals.flags?.open).toBe(0);

    const kim = await newClient('Kim Roe');
    const lou = await newClient('Lou Fox');
    await kim('Could we talk about Thursday before then?', 'soon');
    const afterSoon = (await danasCaseload()).map((c) => c.name);
    expect(afterSoon.indexOf('Kim Roe')).toBeLessThan(afterSoon.indexOf('Sam Taylor'));

    await lou(PILLS, 'share'); // screens imminent: a flag, whatever the intent
    const names = (await danasCaseload()).map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['Lou Fox', 'Kim Roe']);
    expect(names.indexOf('Kim Roe')).toBeLessThan(names.indexOf('Sam Taylor'));
  });
});
