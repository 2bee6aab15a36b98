import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, settle, startJourney, type Journey } from './support/journey';

// Issue 22: a client's home comes with the API's answers to its first reads (apps/server/src/web/home-answers.ts).
describe.skipIf(!hasChromium)("a client's home and the answers the server sends with it", () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('home-answers');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Sam's home draws with the API's answers the server sent along: no read goes out but the event stream, and what changes next still arrives", async () => {
    const sam = await apiSignIn(journey.url, 'sam');
    const dana = await apiSignIn(journey.url, 'dana');
    const context = await journey.context();
    const [name, value] = sam.cookie.split(';')[0]!.split('=');
    await context.addCookies([{ name: name!, value: value!, url: journey.url }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const api: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) api.push(`${r.method()} ${url.pathname}${url.search}`);
    });
    await page.goto('/');
    await page.getByTestId('sign-out').waitFor({ state: 'attached' });
    await page.getByTestId('pinned-notes').waitFor();
    await settle(page);
    // The cards are drawn from the page's own answers; the stream resumes where they were read.
    expect(await page.getByTestId('not-monitored-notice').isVisible()).toBe(true);
    expect(api).toHaveLength(1);
    expect(api[0]).toMatch(/^GET \/api\/v1\/events\?after=\d+$/);

    // A note the therapist pins now reaches the home through the stream, read afresh from the API.
    const note = `A note pinned while the home was open ${Date.now()}`;
    const res = await fetch(`${journey.url}/api/v1/clients/${sam.user.clientId}/reassurance-notes`, {
      method: 'POST',
      headers: { cookie: dana.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ body: note, pinned: true }),
    });
    expect(res.status).toBe(201);
    await page.getByText(note).waitFor();
    expect(api).toContain(`GET /api/v1/clients/${sam.user.clientId}/reassurance-notes`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
