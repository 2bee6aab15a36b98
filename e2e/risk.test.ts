import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openNav, startJourney, type Journey } from './support/journey';

// Issue 5: Sam writes that they are not safe. Sam sees the crisis routes and never a risk label;
// Omar, on call with his triage queue open, sees it at once, acknowledges it with a note, and the
// flag's history says who did what and when.
const words = "I have the pills in front of me and I'm going tonight";

// What a client must never read (CLINICAL.md §3.2): a level, a label, a priority, a flag.
const riskLabels = [/imminent/i, /high risk/i, /priorit/i, /risk level/i, /\bflag/i, /\bscreen(ed|er|ing)\b/i];

describe.skipIf(!hasChromium)('risk journey in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let omar: Page;

  beforeAll(async () => {
    journey = await startJourney('risk');
    [{ page: sam }, { page: omar }] = await Promise.all([journey.signIn('sam'), journey.signIn('omar')]);
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Sam's words reach Omar's open queue at once; Sam sees crisis routes and no risk label; Omar acknowledges with a note; the history shows who and when", async () => {
    // The tab's one event stream opens with the signed-in shell (the notification bell listens on it).
    const streamOpen = omar.locator('[data-testid="notifications-bell"][data-live="true"]').waitFor();
    await openNav(omar, 'Triage');
    await omar.getByRole('heading', { level: 1, name: 'Triage' }).waitFor();
    await omar.getByText('You are on call now').waitFor();
    await streamOpen;
    await journey.check(omar, 'omar-queue-before', { laptop: true });
    const samInQueue = omar.getByTestId('triage-item').filter({ hasText: 'Sam Taylor' });
    expect(await samInQueue.count()).toBe(0);
    await watchFor(omar, '[data-testid="triage-item"]', 'Sam Taylor');

    await openNav(sam, 'Messages');
    await sam.getByLabel('Your message').fill(words);
    await sam.getByRole('radio', { name: 'I need you to know this soon' }).check();
    const answer = sam.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/v1\/clients\/[^/]+\/messages$/.test(new URL(r.url()).pathname));
    const sentAt = Date.now();
    await sam.getByRole('button', { name: 'Send message' }).click();
    const response = await answer;
    const answeredAt = Date.now();

    // Omar's open queue, without a reload: timed in his page the moment the item is drawn.
    const shownAt = await omar.evaluate<number>('window.__appeared');
    console.log(`risk: Omar's open queue showed Sam's message ${shownAt - sentAt} ms after Send (${shownAt - answeredAt} ms after the send was answered)`);
    expect(shownAt - sentAt).toBeLessThan(1_000);
    await samInQueue.getByRole('heading', { name: 'Open Sam Taylor' }).waitFor();
    expect(await samInQueue.locator('mark').allTextContents()).not.toEqual([]);

    // Sam: the crisis routes at once, and no label of any kind, on screen or in the answer.
    const sent = (await response.json()) as Record<string, unknown> & { message: Record<string, unknown> };
    expect(sent.showCrisisRoutes).toBe(true);
    expect(Object.keys(sent.message)).not.toContain('risk');
    await sam.getByTestId('crisis-routes').waitFor();
    await sam.getByRole('heading', { level: 2, name: 'Your plan' }).waitFor();
    await sam.getByRole('link', { name: 'Call 116 123' }).waitFor();
    await sam.getByText('Your message has been sent.').waitFor();
    const seen = await sam.locator('body').innerText();
    for (const label of riskLabels) expect(seen, `the client's page says ${label}`).not.toMatch(label);
    await journey.check(sam, 'sam-crisis-routes', { laptop: true });

    await journey.check(omar, 'omar-queue-flag', { laptop: true });
    await samInQueue.getByRole('button', { name: 'Acknowledge' }).click();
    const form = omar.getByTestId('acknowledge-form');
    await form.getByLabel(/^Note/).fill('Phoned Sam straight away. Sam is with Jo tonight, and we went through the plan together.');
    await form.getByRole('radio', { name: 'I spoke or wrote to the client' }).check();
    await journey.check(omar, 'omar-acknowledging');
    const acknowledgedFrom = Date.now();
    await form.getByRole('button', { name: 'Acknowledge' }).click();

    const handled = omar.getByRole('region', { name: 'Recently handled' }).getByTestId('triage-item').filter({ hasText: 'Sam Taylor' });
    await handled.getByText(/^Acknowledged by Omar Haddad/).waitFor();
    expect(
      await omar
        .getByRole('region', { name: /^Needs acknowledging/ })
        .getByTestId('triage-item')
        .count(),
    ).toBe(0);
    await journey.check(omar, 'omar-queue-handled');

    await handled.getByRole('link', { name: 'History' }).click();
    await omar.getByRole('heading', { level: 1, name: 'Flag for Sam Taylor' }).waitFor();
    const history = omar.getByRole('region', { name: 'What happened' });
    await history.getByText('Flag raised').waitFor();
    await history.getByText('Told at once').waitFor();
    const acknowledged = history.locator('.mantine-Timeline-item').filter({ hasText: 'Acknowledged by Omar Haddad' });
    await acknowledged.getByText('Phoned Sam straight away.', { exact: false }).waitFor();
    const when = Date.parse((await acknowledged.locator('time').getAttribute('datetime')) ?? '');
    expect(when).toBeGreaterThanOrEqual(acknowledgedFrom - 1_000);
    expect(when).toBeLessThanOrEqual(Date.now());
    await journey.check(omar, 'omar-flag-history', { laptop: true });
  });
});

/**
 * Records in the page itself (window.__appeared, a Date.now()) when an element matching
 * `selector` with `text` is first drawn, so the time is not blurred by the test's polling.
 */
async function watchFor(page: Page, selector: string, text: string, timeoutMs = 10_000): Promise<void> {
  // The trailing `true`: evaluate would otherwise wait for the promise itself.
  await page.evaluate(`window.__appeared = new Promise((resolve, reject) => {
    const found = () => [...document.querySelectorAll(${JSON.stringify(selector)})].some((el) => el.textContent.includes(${JSON.stringify(text)}));
    const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); resolve(Date.now()); } });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error('not shown within ${timeoutMs} ms')); }, ${timeoutMs});
  }), true`);
}
