import { describe, expect, it } from 'vitest';
import type { ReassuranceNoteList } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();
const notesUrl = (clientId: string) => `/api/v1/clients/${clientId}/reassurance-notes`;

async function list(clientId: string, who: DemoKey): Promise<ReassuranceNoteList> {
  const res = await t.request({ method: 'GET', url: notesUrl(clientId), cookie: await t.signIn(who) });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function noticesOf(who: DemoKey) {
  const res = await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: await t.signIn(who) });
  return res.json().notifications as { kind: string; title: string; subjectId: string | null }[];
}

describe('reassurance notes (SPEC §2.6)', () => {
  it("shows Sam Dana's two notes, the pinned one first, and what she may do", async () => {
    const view = await list(t.demo.clients.sam, 'sam');
    expect(view.notes).toHaveLength(2);
    expect(view.notes[0]).toMatchObject({ kind: 'clinician', pinned: true, author: { name: 'Dana Reyes' } });
    expect(view.notes[0]!.body).toMatch(/^It is okay to be okay\./);
    expect(view.can).toEqual({ write: false, writeToSelf: true, pin: true, request: true });
  });

  it('lets Dana write a note that Sam is told of in the app, and refuses the GP and Sam writing as a clinician', async () => {
    const res = await t.request({
      method: 'POST',
      url: notesUrl(t.demo.clients.sam),
      cookie: await t.signIn('dana'),
      body: { body: 'I am here next week too.' },
    });
    expect(res.statusCode).toBe(201);
    const note = res.json().note;
    expect(note).toMatchObject({ kind: 'clinician', body: 'I am here next week too.', pinned: false, author: { name: 'Dana Reyes' } });
    const notices = await noticesOf('sam');
    expect(notices.find((n) => n.subjectId === note.id)).toMatchObject({ kind: 'reassurance_note', title: 'Your care team left you a note to keep' });

    const byGp = await t.request({ method: 'POST', url: notesUrl(t.demo.clients.sam), cookie: await t.signIn('patel'), body: { body: 'Hello' } });
    expect(byGp.statusCode).toBe(403);
    const bySam = await t.request({ method: 'POST', url: notesUrl(t.demo.clients.sam), cookie: await t.signIn('sam'), body: { body: 'Hello' } });
    expect(bySam.statusCode).toBe(403);
  });

  it("keeps a note to self private to the client: Dana's list never shows it", async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/clients/${t.demo.clients.sam}/notes-to-self`,
      cookie: await t.signIn('sam'),
      body: { body: 'Calm is allowed.', pinned: true },
    });
    expect(res.statusCode).toBe(201);
    const mine = res.json().note;
    expect(mine).toMatchObject({ kind: 'self', pinned: true });
    expect((await list(t.demo.clients.sam, 'sam')).notes.map((n) => n.id)).toContain(mine.id);
    expect((await list(t.demo.clients.sam, 'dana')).notes.map((n) => n.id)).not.toContain(mine.id);
  });

  it('lets Sam pin and unpin a note, and answers 404 for a note of another client', async () => {
    const [, unpinned] = (await list(t.demo.clients.sam, 'sam')).notes.filter((n) => n.kind === 'clinician');
    const pin = (noteId: string, pinned: boolean, clientId = t.demo.clients.sam) =>
      t.signIn('sam').then((cookie) => t.request({ method: 'PUT', url: `${notesUrl(clientId)}/${noteId}/pin`, cookie, body: { pinned } }));
    expect((await pin(unpinned!.id, true)).json().note.pinned).toBe(true);
    expect((await pin(unpinned!.id, false)).json().note.pinned).toBe(false);
    const stranger = await t.request({
      method: 'PUT',
      url: `${notesUrl(t.demo.clients.alex)}/${unpinned!.id}/pin`,
      cookie: await t.signIn('alex'),
      body: { pinned: true },
    });
    expect(stranger.statusCode).toBe(404);
  });

  it('takes a gentle request for a new note: Dana is told, a second ask is kindly refused, her next note answers it', async () => {
    const sam = await t.signIn('sam');
    const asked = await t.request({ method: 'POST', url: `${notesUrl(t.demo.clients.sam)}/requests`, cookie: sam, body: {} });
    expect(asked.statusCode).toBe(201);
    expect((await noticesOf('dana')).some((n) => n.kind === 'reassurance_note_requested' && n.subjectId === asked.json().request.id)).toBe(true);
    expect((await list(t.demo.clients.sam, 'sam')).openRequest?.id).toBe(asked.json().request.id);

    const again = await t.request({ method: 'POST', url: `${notesUrl(t.demo.clients.sam)}/requests`, cookie: sam, body: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/no need to ask again/);

    await t.request({
      method: 'POST',
      url: notesUrl(t.demo.clients.sam),
      cookie: await t.signIn('dana'),
      body: { body: 'Here is the new note you asked for.' },
    });
    expect((await list(t.demo.clients.sam, 'sam')).openRequest).toBeNull();
  });

  it('rejects an empty note, one over 1,000 characters and unknown fields', async () => {
    const dana = await t.signIn('dana');
    for (const body of [{ body: '   ' }, { body: 'x'.repeat(1001) }, { body: 'ok', colour: 'red' }]) {
      const res = await t.request({ method: 'POST', url: notesUrl(t.demo.clients.sam), cookie: dana, body });
      expect(res.statusCode).toBe(400);
    }
  });
});
