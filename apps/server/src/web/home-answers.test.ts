import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestSeq } from '../modules/realtime';
import { useTestApp } from '../testing/test-app';
import { homeReadPaths, todaysCheckinPath } from './home-answers';

/** A built web app of the shape apps/web/dist has, so the server paints its own pages. */
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'steadfast-home-answers-'));
fs.writeFileSync(
  path.join(webDist, 'index.html'),
  `<!doctype html><html lang="en"><head><title>Steadfast</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head><body><div id="root"></div></body></html>`,
);
afterAll(() => fs.rmSync(webDist, { recursive: true, force: true }));

const t = useTestApp({ config: { webDist } });

function answersIn(html: string): { seq: number; answers: Record<string, unknown> } | undefined {
  const json = /<script type="application\/json" id="steadfast-answers">([^<]*)<\/script>/.exec(html)?.[1];
  return json === undefined ? undefined : (JSON.parse(json) as { seq: number; answers: Record<string, unknown> });
}

describe("the API's answers a client's home is sent with", () => {
  it('are the API routes’ own answers for this session, for every read the home makes as it is drawn', async () => {
    const cookie = await t.signIn('sam');
    const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie })).json() as { user: { clientId: string }; practice: { id: string } };
    const clientId = me.user.clientId;
    const config = (await t.request({ method: 'GET', url: `/api/v1/clients/${clientId}/checkins/config`, cookie })).json() as { timeZone: string };
    const seqBefore = await latestSeq(t.deps.database.db, me.practice.id);

    const page = await t.request({ method: 'GET', url: '/', cookie });
    expect(page.statusCode).toBe(200);
    const given = answersIn(page.body);
    expect(given).toBeDefined();
    const paths = [...homeReadPaths(clientId), todaysCheckinPath(clientId, config.timeZone)];
    expect(Object.keys(given!.answers).sort()).toEqual([...paths].sort());
    for (const url of paths) {
      const direct = await t.request({ method: 'GET', url, cookie });
      expect(direct.statusCode, url).toBe(200);
      expect(given!.answers[url], url).toEqual(direct.json());
    }
    // Read before the answers: the app's stream resumes after it and hears whatever followed.
    expect(given!.seq).toBe(seqBefore);
  });

  it('cannot be broken out of by what a person writes, and go to nobody but a signed-in client', async () => {
    const sam = await t.signIn('sam');
    const clientId = ((await t.request({ method: 'GET', url: '/api/v1/me', cookie: sam })).json() as { user: { clientId: string } }).user.clientId;
    const dana = await t.signIn('dana');
    const note = '</script><script>alert(1)</script> <!-- &amp;';
    const wrote = await t.request({ method: 'POST', url: `/api/v1/clients/${clientId}/reassurance-notes`, cookie: dana, body: { body: note, pinned: true } });
    expect(wrote.statusCode).toBe(201);

    const page = await t.request({ method: 'GET', url: '/', cookie: sam });
    const notes = answersIn(page.body)!.answers[`/api/v1/clients/${clientId}/reassurance-notes`] as { notes: { body: string }[] };
    expect(notes.notes.map((n) => n.body)).toContain(note);
    expect(page.body.match(/<\/script>/g)).toHaveLength(3);

    const clinician = await t.request({ method: 'GET', url: '/', cookie: dana });
    expect(answersIn(clinician.body)).toBeUndefined();
    const nobody = await t.request({ method: 'GET', url: '/' });
    expect(answersIn(nobody.body)).toBeUndefined();
  });
});
