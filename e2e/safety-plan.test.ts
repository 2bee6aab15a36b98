import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchProfileContext, screenshotDir } from './support/browser';
import { hasChromium, openNav, settle, startJourney, type Journey } from './support/journey';
import { cachedPaths, underServiceWorker } from './support/service-worker';

// Issue 6: "I'm not okay" is one tap from every client screen, and the plan and crisis lines
// still open with the network gone; the app is installable and the plan prints.
const firstWarningSign = 'I start cancelling plans and staying in my room.';

describe.skipIf(!hasChromium)('safety plan journeys in Chromium', () => {
  let journey: Journey;
  let sam: Page;

  beforeAll(async () => {
    journey = await startJourney('safety-plan');
    ({ page: sam } = await journey.signIn('sam'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Sam opens 'I'm not okay' in one tap from three different screens, and sees their own plan first", async () => {
    await sam.getByRole('heading', { level: 1, name: 'Hello, Sam' }).waitFor();
    await journey.check(sam, 'home', { laptop: true });
    await oneTapToCrisis(journey, sam, 'from-home');
    await sam.getByRole('link', { name: 'Back to Steadfast' }).click();

    await openNav(sam, 'Messages');
    await sam.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await journey.check(sam, 'messages');
    await oneTapToCrisis(journey, sam, 'from-messages');
    await sam.goBack();

    await openNav(sam, 'My safety plan');
    await sam.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await sam.getByText(firstWarningSign).waitFor();
    await journey.check(sam, 'plan', { laptop: true });
    await oneTapToCrisis(journey, sam, 'from-plan');
  });

  it('with the network cut and the page reloaded, the plan and the crisis lines still show', async () => {
    await underServiceWorker(sam);
    // Under the worker, the crisis screen's own requests leave a copy in its cache.
    await expect
      .poll(() => cachedPaths(sam, 'steadfast-crisis'), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['/api/v1/crisis-lines', expect.stringMatching(/\/safety-plan$/)]));

    await sam.context().setOffline(true);
    await sam.reload();
    await sam.getByTestId('crisis-screen').waitFor();
    await sam.getByText(firstWarningSign).waitFor();
    await sam.getByRole('link', { name: 'Call 116 123' }).waitFor();
    await sam.getByTestId('crisis-screen').getByTestId('not-monitored-notice').waitFor();
    await journey.check(sam, 'offline-crisis', { laptop: true });

    // The plan page itself opens offline too, from the device's copy.
    await sam.goto('/plan');
    await sam.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await sam.getByText(firstWarningSign).waitFor();
    await journey.check(sam, 'offline-plan');
    await sam.context().setOffline(false);
  });

  it('a printable plan page renders, with the crisis lines written out for paper', async () => {
    await sam.goto('/plan');
    await sam.getByRole('link', { name: 'Print my plan' }).click();
    const printable = sam.getByTestId('plan-print');
    await printable.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await printable.getByText(firstWarningSign).waitFor();
    await printable.getByText(/^Samaritans: Call 116 123/).waitFor();
    await journey.check(sam, 'print');

    await sam.emulateMedia({ media: 'print' });
    expect(await sam.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(false);
    expect(await sam.getByRole('banner').isVisible()).toBe(false);
    await settle(sam);
    fs.mkdirSync(screenshotDir, { recursive: true });
    const pdf = await sam.pdf({ path: path.join(screenshotDir, 'safety-plan-print.pdf'), format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await sam.emulateMedia({ media: 'screen' });
  });

  it('the service worker is registered and Chromium finds the app installable, with a valid manifest', async () => {
    const profile = await launchProfileContext();
    try {
      const page = await profile.context.newPage();
      await page.goto(`${journey.url}/help`);
      await underServiceWorker(page);
      expect(await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r && r.active && new URL(r.active.scriptURL).pathname)')).toBe(
        '/sw.js',
      );

      const cdp = await profile.context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.url).toBe(`${journey.url}/manifest.webmanifest`);
      expect(manifest.errors).toEqual([]);
      const parsed = JSON.parse(manifest.data ?? '{}') as {
        name?: string;
        display?: string;
        start_url?: string;
        icons?: { sizes: string; purpose?: string }[];
      };
      expect(parsed).toMatchObject({ name: 'Steadfast', display: 'standalone', start_url: '/' });
      expect(parsed.icons?.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      // An ordinary profile, so not even "in-incognito" (what a test context would report) is expected.
      expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    } finally {
      await profile.close();
    }
  });
});

/** One tap on the header's "I'm not okay", from wherever Sam is, to their plan and then the crisis lines. */
async function oneTapToCrisis(journey: Journey, page: Page, step: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: "I'm not okay" }).click();
  await page.waitForURL((url) => url.pathname === '/help');
  const crisis = page.getByTestId('crisis-screen');
  const plan = crisis.getByRole('heading', { level: 2, name: 'Your plan' });
  const lines = crisis.getByRole('heading', { level: 2, name: 'Someone to talk to, any time' });
  await crisis.getByText(firstWarningSign).waitFor();
  await crisis.getByRole('link', { name: 'Call 116 123' }).waitFor();
  // Their own steps first, the national lines after (CLINICAL.md §4.2).
  expect((await plan.boundingBox())!.y).toBeLessThan((await lines.boundingBox())!.y);
  await journey.check(page, `crisis-${step}`);
}
