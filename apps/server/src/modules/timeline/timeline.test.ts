import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry, TimelinePage } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { createOtherPractice, FACTORY_PASSWORD } from '../../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

async function timeline(who: DemoKey, query = '', clientId = t.demo.clients.sam) {
  return t.request({ method: 'GET', url: `/api/v1/clients/${clientId}/timeline${query}`, cookie: await t.signIn(who) });
}

async function page(who: DemoKey, query = ''): Promise<TimelinePage> {
  const res = await timeline(who, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TimelinePage;
}

/** Every page, following each cursor, with `between` run beside each page's read (writes racing the reads). */
async function walk(limit: number, between: () => Promise<unknown> = async () => undefined): Promise<TimelineEntry[][]> {
  const pages: TimelineEntry[][] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=${limit}${cursor ? `&before=${cursor}` : ''}`;
    const [next]: [TimelinePage, unknown] = await Promise.all([page('dana', query), between()]);
    pages.push(next.entries);
    cursor = next.nextCursor;
  } while (cursor);
  return pages;
}

const isNewestFirst = (entries: TimelineEntry[]) =>
  entries.every((e, i) => i === 0 || entries[i - 1]!.at > e.at || (entries[i - 1]!.at === e.at && entries[i - 1]!.key > e.key));

async function samWrites(body: string) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await t.signIn('sam'),
    body: { intent: 'share', body },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.statusCode, res.body).toBe(201);
}

describe("a client's timeline for the care team (issue 17)", () => {
  it("shows Dana every kind of Sam's history, newest first, each entry linking to its detail", async () => {
    const first = await page('dana', '?limit=100');
    expect(first.kinds).toEqual([
      'message',
      'checkin',
      'measure',
      'flag',
      'flag_acknowledged',
      'appointment',
      'appointment_request',
      'safety_plan',
      'okay_plan',
      'agreement',
      'caring_contact',
      'clinical_note',
      'care_team',
      'handover',
      'discharge',
    ]);
    const kinds = new Set(first.entries.map((e) => e.kind));
    for (const kind of ['message', 'checkin', 'measure', 'safety_plan', 'agreement'] as const) expect(kinds, kind).toContain(kind);
    expect(isNewestFirst(first.entries)).toBe(true);
    expect(first.entries.every((e) => e.link?.startsWith('/'))).toBe(true);
    const checkin = first.entries.find((e) => e.kind === 'checkin')!;
    expect(checkin.title).toMatch(/^Check-in for (Mon|Tue|Wed|Thu|Fri|Sat|Sun),? \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(checkin.detail).toMatch(/^Mood \d+ of 10/);
  });

  it('says that a clinical note was written, by whom, and never what it says', async () => {
    const notes = await page('dana', '?kinds=clinical_note&limit=100');
    expect(notes.entries.length).toBeGreaterThan(0);
    expect(notes.entries.map((e) => e.title)).toContain('Clinical note written by Dana Reyes');
    expect(notes.entries.every((e) => e.detail === null && e.link === `/clients/${t.demo.clients.sam}/notes`)).toBe(true);
  });

  it('filters by kind', async () => {
    const checkins = await page('dana', '?kinds=checkin&limit=100');
    expect(checkins.entries.length).toBeGreaterThan(5);
    expect(new Set(checkins.entries.map((e) => e.kind))).toEqual(new Set(['checkin']));
    const two = await page('dana', '?kinds=measure,safety_plan&limit=100');
    expect(new Set(two.entries.map((e) => e.kind))).toEqual(new Set(['measure', 'safety_plan']));
  });

  it('pages by cursor through the whole record: every entry once, in order, the same as one long read', async () => {
    const all = (await page('dana', '?limit=100')).entries;
    expect(all.length).toBeLessThan(100);
    const pages = await walk(7);
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    expect(pages.flat().map((e) => e.key)).toEqual(all.map((e) => e.key));
  });

  it('skips and repeats nothing while new entries are written during the paging, including entries at the very same instant', async () => {
    const before = (await page('dana', '?limit=100')).entries;
    let written = 0;
    // The test clock stands still: every message written here has the same time, so only the key orders them.
    const pages = await walk(5, async () => {
      await Promise.all([samWrites(`While paging ${written}a`), samWrites(`While paging ${written}b`)]);
      written += 2;
    });
    const keys = pages.flat().map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    const seen = new Set(keys);
    expect(before.filter((e) => !seen.has(e.key))).toEqual([]);
    expect(isNewestFirst(pages.flat())).toBe(true);
    const after = (await walk(100)).flat();
    expect(after.length).toBe(before.length + written);
  });

  it('shows Dr Patel, a GP without the messages or check-ins scopes, only what the team granted', async () => {
    const patel = await page('patel', '?limit=100');
    expect(patel.kinds).not.toContain('message');
    expect(patel.kinds).not.toContain('checkin');
    expect(patel.kinds).toEqual(expect.arrayContaining(['measure', 'flag', 'safety_plan', 'appointment']));
    expect(patel.kinds).not.toContain('clinical_note');
    expect(patel.entries.some((e) => e.kind === 'message' || e.kind === 'checkin' || e.kind === 'caring_contact' || e.kind === 'clinical_note')).toBe(false);
    // Asking for a kind one may not see gives none of it, not an error that says it exists.
    expect((await page('patel', '?kinds=message')).entries).toEqual([]);
  });

  it('records a change to the care team, and Dr Patel sees check-ins on it from the moment Dana grants them', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/clients/${t.demo.clients.sam}/care-team/${t.demo.people.patel}`,
      cookie: await t.signIn('dana'),
      body: { scopes: ['safety_plan', 'measures', 'appointments', 'checkins'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const changes = await page('dana', '?kinds=care_team');
    expect(changes.entries[0]).toMatchObject({
      kind: 'care_team',
      title: "Dr Priya Patel's place on the care team changed",
      detail: 'Sees: safety plan, questionnaires, appointments, check-ins · By Dana Reyes',
    });
    const patel = await page('patel', '?limit=100');
    expect(patel.kinds).toContain('checkin');
    expect(patel.entries.some((e) => e.kind === 'checkin')).toBe(true);
    expect(patel.kinds).not.toContain('message');
  });

  it('is for the care team: the client is refused, and another practice cannot find the client', async () => {
    expect((await timeline('sam')).statusCode).toBe(403);
    const other = await createOtherPractice(t.deps.database.db);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: other.clinician.email, password: FACTORY_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    const stranger = await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/timeline`, cookie: sessionCookieFrom(res) });
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([404, 'not_found']);
  });

  it('refuses a cursor it did not give and kinds it does not know, saying what it expects', async () => {
    const bad = await timeline('dana', '?before=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/not a place in this timeline/);
    const unknown = await timeline('dana', '?kinds=checkin,diary');
    expect(unknown.statusCode).toBe(400);
    expect((await timeline('dana', '?limit=1000')).statusCode).toBe(400);
  });

  it('writes an audit row for each read', async () => {
    const count = async () =>
      (
        await t.deps.database.db
          .select({ seq: auditEvents.seq })
          .from(auditEvents)
          .where(and(eq(auditEvents.action, 'timeline.read'), eq(auditEvents.subjectId, t.demo.clients.sam)))
      ).length;
    const start = await count();
    await page('dana');
    expect(await count()).toBe(start + 1);
  });
});
