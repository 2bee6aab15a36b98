import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewports } from './support/browser';
import { apiSignIn, hasChromium, startJourney, type Journey } from './support/journey';

// Issue 17 (SPEC §2.8): at 40–100 clients cards stop working. From a tablet's width up the caseload is
// a table, one row per client and a column per signal, in the order of need; on a phone, cards. Both
// are searched, filtered and re-sorted in place, and a waiting 'soon' message puts its client first.
describe.skipIf(!hasChromium)('the caseload as a table, searched, filtered and sorted, in Chromium', () => {
  let journey: Journey;
  let dana: Page;

  beforeAll(async () => {
    journey = await startJourney('caseload-view');
    ({ page: dana } = await journey.signIn('dana'));
    await dana.setViewportSize(viewports.laptop);
  });
  afterAll(async () => {
    await journey?.close();
  });

  const rowNames = () => dana.getByTestId('caseload-client').getByRole('heading', { level: 3 }).allInnerTexts();

  it('shows one row per client with a column per signal, the stable stretch among them', async () => {
    const table = dana.getByTestId('caseload-table');
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(['Client', 'Risk', 'Messages', 'Check-ins', 'Stable stretch', 'Sessions and plan']);
    expect(await rowNames()).toEqual(['Sam Taylor', 'Alex Morgan']);
    await table.getByTestId('caseload-stability').waitFor();
    await journey.check(dana, 'table');
  });

  it('Alex’s unseen ‘soon’ message puts Alex first, live, ahead of Sam’s stable stretch', async () => {
    const alex = await apiSignIn(journey.url, 'alex');
    const res = await fetch(`${journey.url}/api/v1/clients/${alex.user.clientId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: alex.cookie, 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ intent: 'soon', body: 'Could we talk about the change to Thursday?' }),
    });
    expect(res.status).toBe(201);
    await expect.poll(rowNames, { timeout: 10_000 }).toEqual(['Alex Morgan', 'Sam Taylor']);
    const first = dana.getByTestId('caseload-client').first();
    expect(await first.getByTestId('caseload-messages').innerText()).toMatch(/1 ‘soon’ message waiting · ‘soon’ reply due by/);
  });

  it('finds a client by name, filters to stable stretches, sorts by name, and says how many it shows', async () => {
    const count = dana.getByTestId('caseload-count');
    await dana.getByLabel('Find a client').fill('sam');
    await expect.poll(rowNames).toEqual(['Sam Taylor']);
    expect(await count.innerText()).toBe('Showing 1 of 2 clients');
    await dana.getByLabel('Find a client').fill('');

    await dana.getByRole('combobox', { name: 'Show' }).click();
    await dana.getByRole('option', { name: 'Stable stretches' }).click();
    await expect.poll(rowNames).toEqual(['Sam Taylor']);

    await dana.getByRole('combobox', { name: 'Show' }).click();
    await dana.getByRole('option', { name: 'Open risk flags' }).click();
    await dana.getByText('No client matches. Try another name, or show all clients.').waitFor();
    await dana.getByRole('button', { name: 'Show all clients' }).click();
    await expect.poll(rowNames).toEqual(['Alex Morgan', 'Sam Taylor']);

    await dana.getByRole('combobox', { name: 'Sort by' }).click();
    await dana.getByRole('option', { name: 'Name' }).click();
    await expect.poll(rowNames).toEqual(['Alex Morgan', 'Sam Taylor']);
    await dana.getByRole('combobox', { name: 'Sort by' }).click();
    await dana.getByRole('option', { name: 'Next session' }).click();
    expect((await rowNames()).length).toBe(2);
    expect(await count.innerText()).toBe('2 clients');
  });

  it('on a phone the same caseload is cards, with the same controls', async () => {
    await dana.setViewportSize(viewports.phone);
    // The page redraws as cards once the media query's change reaches React: a frame or two later.
    await dana.getByRole('article').first().waitFor();
    await expect.poll(() => dana.getByTestId('caseload-table').count()).toBe(0);
    expect(await rowNames()).toHaveLength(2);
    await journey.check(dana, 'cards', { laptop: true });
  });
});
