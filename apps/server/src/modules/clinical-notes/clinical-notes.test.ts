import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClinicalNoteList, ClinicalNoteResponse, ClinicalNoteView } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { FACTORY_PASSWORD, addToCareTeam, createOtherPractice, createPerson } from '../../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';
import { clinicalNotes } from './clinical-notes.tables';

const t = useTestApp();

const notesUrl = (clientId = t.demo.clients.sam) => `/api/v1/clients/${clientId}/notes`;
const noteUrl = (noteId: string, clientId = t.demo.clients.sam) => `${notesUrl(clientId)}/${noteId}`;

async function cookieOf(who: DemoKey | { email: string }): Promise<string> {
  if (typeof who === 'string') return t.signIn(who);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: who.email, password: FACTORY_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

async function write(body: string, clientId = t.demo.clients.sam): Promise<ClinicalNoteView> {
  const res = await t.request({ method: 'POST', url: notesUrl(clientId), cookie: await t.signIn('dana'), body: { body } });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as ClinicalNoteResponse).note;
}

async function amend(noteId: string, body: string, baseVersion: number, who: DemoKey = 'dana') {
  return t.request({ method: 'POST', url: `${noteUrl(noteId)}/amendments`, cookie: await t.signIn(who), body: { body, baseVersion } });
}

async function auditCount(action: string, actorId: string): Promise<number> {
  const [row] = await t.deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.actorId, actorId)));
  return row!.n;
}

describe('private clinical notes (SPEC §2.1, §2.8)', () => {
  it('shows Dana the demo notes on Sam, newest first, the corrected one with the words it replaced', async () => {
    const res = await t.request({ method: 'GET', url: notesUrl(), cookie: await t.signIn('dana') });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as ClinicalNoteList;
    expect(list.can.write).toBe(true);
    const [amended, plain] = list.notes.slice(-2);
    expect(amended!.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(amended!.versions[0]!.replacesId).toBe(amended!.versions[1]!.id);
    expect(amended!.versions[1]!.body).toContain('Saturday');
    expect(plain!.versions).toHaveLength(1);
    expect(plain!.versions[0]).toMatchObject({ version: 1, replacesId: null, author: { name: 'Dana Reyes' } });
  });

  it('keeps what an amendment replaced: who wrote it, when, and the earlier text', async () => {
    const note = await write('Sam mentioned the sister visit is on Friday.');
    const first = note.versions[0]!;
    t.clock.advance(3_600_000);
    const res = await amend(note.id, 'Sam mentioned the sister visit is on Sunday.', 1);
    expect(res.statusCode, res.body).toBe(201);
    const amended = (res.json() as ClinicalNoteResponse).note;
    expect(amended.id).toBe(note.id);
    expect(amended.versions).toHaveLength(2);
    expect(amended.versions[0]).toMatchObject({
      version: 2,
      body: 'Sam mentioned the sister visit is on Sunday.',
      replacesId: first.id,
      author: { name: 'Dana Reyes' },
    });
    expect(amended.versions[1]).toEqual(first);
    expect(Date.parse(amended.versions[0]!.createdAt) - Date.parse(first.createdAt)).toBe(3_600_000);

    const read = (await t.request({ method: 'GET', url: noteUrl(note.id), cookie: await t.signIn('dana') })).json() as ClinicalNoteResponse;
    expect(read.note).toEqual(amended);
  });

  it('refuses an amendment of words the writer has not seen (a stale version), so no correction is lost', async () => {
    const note = await write('First account of the session.');
    expect((await amend(note.id, 'Second account.', 1)).statusCode).toBe(201);
    const stale = await amend(note.id, 'A third account, written over the first.', 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict', details: { currentVersion: 2 } } });
    expect(JSON.stringify(stale.json())).not.toContain('account');
  });

  it('is append-only: the API has no way to change or delete a note, and the database refuses both', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const notePaths = Object.entries(doc.paths).filter(([path]) => /^\/api\/v1\/clients\/\{clientId\}\/notes(\/|$)/.test(path));
    expect(notePaths.map(([path, ops]) => [path, Object.keys(ops).sort()])).toEqual([
      ['/api/v1/clients/{clientId}/notes', ['get', 'post']],
      ['/api/v1/clients/{clientId}/notes/{noteId}', ['get']],
      ['/api/v1/clients/{clientId}/notes/{noteId}/amendments', ['post']],
    ]);

    const note = await write('A note that stays as written.');
    const db = t.deps.database.db;
    await expect(db.update(clinicalNotes).set({ body: 'rewritten' }).where(eq(clinicalNotes.id, note.id))).rejects.toThrow();
    await expect(db.delete(clinicalNotes).where(eq(clinicalNotes.id, note.id))).rejects.toThrow();
    const [row] = await db.select().from(clinicalNotes).where(eq(clinicalNotes.id, note.id));
    expect(row!.body).toBe('A note that stays as written.');
  });

  it('writes an audit row on every read, list and single, and on every write, with ids and never the text', async () => {
    const dana = t.demo.people.dana;
    const before = {
      list: await auditCount('notes.read', dana),
      one: await auditCount('note.read', dana),
      write: await auditCount('note.write', dana),
      amend: await auditCount('note.amend', dana),
    };
    const note = await write('Audited note.');
    await amend(note.id, 'Audited note, corrected.', 1);
    await t.request({ method: 'GET', url: notesUrl(), cookie: await t.signIn('dana') });
    await t.request({ method: 'GET', url: `${notesUrl()}?limit=1`, cookie: await t.signIn('dana') });
    await t.request({ method: 'GET', url: noteUrl(note.id), cookie: await t.signIn('dana') });
    expect({
      list: await auditCount('notes.read', dana),
      one: await auditCount('note.read', dana),
      write: await auditCount('note.write', dana),
      amend: await auditCount('note.amend', dana),
    }).toEqual({ list: before.list + 2, one: before.one + 1, write: before.write + 1, amend: before.amend + 1 });
    const rows = await t.deps.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, note.id));
    expect(rows.map((r) => [r.action, r.clientId, r.reason])).toEqual([
      ['note.write', t.demo.clients.sam, null],
      ['note.read', t.demo.clients.sam, null],
    ]);
  });

  it('pages newest first by keyset, without repeating or skipping a note', async () => {
    const alex = t.demo.clients.alex;
    const written: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      written.push((await write(`Alex, note ${n}.`, alex)).id);
      t.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&before=${cursor}` : '?limit=2';
      const page = (await t.request({ method: 'GET', url: `${notesUrl(alex)}${query}`, cookie: await t.signIn('dana') })).json() as ClinicalNoteList;
      expect(page.notes.length).toBeLessThanOrEqual(2);
      seen.push(...page.notes.map((n) => n.id));
      cursor = page.olderCursor;
    } while (cursor);
    expect(seen).toEqual([...written].reverse());
    const elsewhere = await write('A note on Sam, not Alex.');
    const wrongCursor = await t.request({ method: 'GET', url: `${notesUrl(alex)}?before=${elsewhere.id}`, cookie: await t.signIn('dana') });
    expect(wrongCursor.statusCode).toBe(404);
  });

  it('finds no note of one client under another client', async () => {
    const note = await write('Only about Sam.');
    const under = (clientId: string) => noteUrl(note.id, clientId);
    expect((await t.request({ method: 'GET', url: under(t.demo.clients.alex), cookie: await t.signIn('dana') })).statusCode).toBe(404);
    const res = await t.request({
      method: 'POST',
      url: `${under(t.demo.clients.alex)}/amendments`,
      cookie: await t.signIn('dana'),
      body: { body: 'x', baseVersion: 1 },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('who reaches clinical notes', () => {
  let noteId: string;
  let gpWithNotes: { email: string };
  let other: Awaited<ReturnType<typeof createOtherPractice>>;

  beforeAll(async () => {
    noteId = (await write('Private to the treating clinicians.')).id;
    const db = t.deps.database.db;
    const gp = await createPerson(db, t.demo.practiceId, 'clinician', 'Dr Rowan Hale');
    await addToCareTeam(db, t.demo.practiceId, t.demo.clients.sam, gp.id, { role: 'gp', scopes: ['safety_plan', 'notes'] });
    gpWithNotes = gp;
    other = await createOtherPractice(db);
  });

  async function statuses(who: DemoKey | { email: string }) {
    const cookie = await cookieOf(who);
    const list = await t.request({ method: 'GET', url: notesUrl(), cookie });
    const one = await t.request({ method: 'GET', url: noteUrl(noteId), cookie });
    const create = await t.request({ method: 'POST', url: notesUrl(), cookie, body: { body: 'An attempt.' } });
    const amendment = await t.request({ method: 'POST', url: `${noteUrl(noteId)}/amendments`, cookie, body: { body: 'An attempt.', baseVersion: 99 } });
    for (const res of [list, one, create, amendment]) if (res.statusCode >= 400) expect(res.body).not.toContain('Private to');
    return [list.statusCode, one.statusCode, create.statusCode, amendment.statusCode];
  }

  it.each([
    // The primary therapist reads and writes (the stale baseVersion of the attempt is a 409, past the permission).
    ['dana (primary therapist)', 'dana', [200, 200, 201, 409]],
    // Dr Patel, Sam's GP, holds safety plan, measures and appointments, not notes: he sees Sam but is refused.
    ['patel (GP without the notes scope)', 'patel', [403, 403, 403, 403]],
    // The client is never told notes exist (CLINICAL.md §5.1): not found, not refused.
    ['sam (the client)', 'sam', [404, 404, 404, 404]],
    ['alex (another client)', 'alex', [404, 404, 404, 404]],
    // The admin runs the practice but does not read clinical content; on call answers crises, not the record.
    ['ada (admin)', 'ada', [403, 403, 403, 403]],
    ['omar (on call)', 'omar', [403, 403, 403, 403]],
  ] as const)('%s → %j', async (_label, who, expected) => {
    expect(await statuses(who)).toEqual(expected);
  });

  it('lets a GP granted the notes scope read but not write', async () => {
    expect(await statuses(gpWithNotes)).toEqual([200, 200, 403, 403]);
    const list = (await t.request({ method: 'GET', url: notesUrl(), cookie: await cookieOf(gpWithNotes) })).json() as ClinicalNoteList;
    expect(list.can.write).toBe(false);
  });

  it("answers another practice's clinician and admin with 404", async () => {
    expect(await statuses({ email: other.clinician.email })).toEqual([404, 404, 404, 404]);
    expect(await statuses({ email: other.admin.email })).toEqual([404, 404, 404, 404]);
  });

  it("answers a clinician of another practice who names their own client's notes with none of Sam's", async () => {
    const cookie = await cookieOf({ email: other.clinician.email });
    const list = await t.request({ method: 'GET', url: notesUrl(other.client.id), cookie });
    expect(list.statusCode).toBe(200);
    expect((list.json() as ClinicalNoteList).notes).toEqual([]);
    expect((await t.request({ method: 'GET', url: noteUrl(noteId, other.client.id), cookie })).statusCode).toBe(404);
  });
});
