import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewports } from './support/browser';
import { apiSignIn, hasChromium, startJourney, type Journey } from './support/journey';

// Issue 17 (SPEC §2.8): Dana opens her caseload and finds Sam first when Sam has an unseen 'soon'
// message; she opens Sam's timeline, narrows it to check-ins, and writes a private note, which then
// shows on the timeline as written (never what it says). Dr Patel, Sam's GP without the notes or
// messages scopes, sees neither on his timeline of Sam.
describe.skipIf(!hasChromium)("the clinician's workspace in Chromium: caseload, timeline, notes", () => {
  let journey: Journey;
  let dana: Page;
  let samId = '';

  beforeAll(async () => {
    journey = await startJourney('clinician-workspace');
    ({ page: dana } = await journey.signIn('dana'));
    await dana.setViewportSize(viewports.laptop);
  });
  afterAll(async () => {
    await journey?.close();
  });

  const rowNames = () => dana.getByTestId('caseload-client').getByRole('heading', { level: 3 }).allInnerTexts();

  it('Sam’s unseen ‘soon’ message puts Sam first on Dana’s caseload, saying when the reply is due', async () => {
    const sam = await apiSignIn(journey.url, 'sam');
    samId = sam.user.clientId!;
    const res = await fetch(`${journey.url}/api/v1/clients/${samId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sam.cookie, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ intent: 'soon', body: 'The new job starts Monday and I am worried about it.' }),
    });
    expect(res.status).toBe(201);
    const first = dana.getByTestId('caseload-client').first();
    await expect.poll(() => first.getByTestId('caseload-messages').innerText(), { timeout: 10_000 }).toMatch(/1 ‘soon’ message waiting · ‘soon’ reply due by/);
    expect((await rowNames())[0]).toBe('Sam Taylor');
    expect(await first.getByTestId('caseload-messages').innerText()).toMatch(/1 message not opened by you yet/);
  });

  it('Dana opens Sam’s timeline, newest first, and narrows it to check-ins', async () => {
    await dana.getByRole('link', { name: 'Sam Taylor' }).click();
    await dana.getByTestId('client-timeline-link').click();
    await dana.getByRole('heading', { level: 1, name: 'Timeline: Sam Taylor' }).waitFor();
    const entries = dana.getByTestId('timeline-entry');
    await entries.first().waitFor();
    expect(await entries.first().getAttribute('data-kind')).toBe('message');
    expect(await entries.first().innerText()).toContain('The new job starts Monday');
    await journey.check(dana, 'timeline', { laptop: true });

    await dana.getByTestId('timeline-filter').getByText('Check-ins', { exact: true }).click();
    await expect.poll(async () => new Set(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))).toEqual(new Set(['checkin']));
    expect(await entries.count()).toBe(30);
    await dana.getByRole('button', { name: 'Show older entries' }).click();
    await expect.poll(() => entries.count()).toBeGreaterThan(30);
    await journey.check(dana, 'timeline-checkins');
  });

  it('Dana writes a private note, and the timeline says it was written without saying what it says', async () => {
    await dana.goto(`/clients/${samId}/notes`);
    await dana.getByLabel('New note').fill('Worried about the new job; we agreed to look at it on Thursday.');
    await dana.getByRole('button', { name: 'Save note' }).click();
    await dana.getByRole('status').getByText('Saved.').waitFor();
    await dana.goto(`/clients/${samId}/timeline`);
    const note = dana.getByTestId('timeline-entry').filter({ hasText: 'Clinical note written by Dana Reyes' });
    await note.first().waitFor();
    expect(await dana.getByText('Worried about the new job', { exact: false }).count()).toBe(0);
  });

  it('Dr Patel’s timeline of Sam holds neither the note nor the messages', async () => {
    const { page: patel } = await journey.signIn('patel');
    await patel.goto(`/clients/${samId}/timeline`);
    await patel.getByRole('heading', { level: 1, name: 'Timeline: Sam Taylor' }).waitFor();
    await patel.getByTestId('timeline-entry').first().waitFor();
    const kinds = await patel.getByTestId('timeline-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).not.toContain('clinical_note');
    expect(kinds).not.toContain('message');
    expect(await patel.getByTestId('timeline-filter').getByText('Clinical notes').count()).toBe(0);
    expect(await patel.getByTestId('timeline-filter').getByText('Messages').count()).toBe(0);
    await journey.check(patel, 'patel-timeline');
  });
});
