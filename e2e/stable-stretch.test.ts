import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openNav, startJourney, type Journey } from './support/journey';

// Issue 16 (SPEC §2.6): Sam's check-ins end in a stable stretch. Dana's caseload shows it with what
// Sam's okay plan says; one click sends Sam a caring note, which reaches her open conversation
// live; a short check-in call can be offered. The care-contact balance is on Sam's page and, for
// the admin, the practice's.
describe.skipIf(!hasChromium)('the stable-stretch signal and the one-click caring note in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let dana: Page;

  beforeAll(async () => {
    journey = await startJourney('stable-stretch');
    ({ page: sam } = await journey.signIn('sam'));
    ({ page: dana } = await journey.signIn('dana'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('Dana’s caseload shows Sam stable for 9 days or more, and what her okay plan says', async () => {
    const line = dana.getByTestId('caseload-stability');
    await line.waitFor();
    const text = await line.innerText();
    const days = Number(/Sam has been stable for (\d+) days/.exec(text)?.[1]);
    expect(days).toBeGreaterThanOrEqual(9);
    expect(text).toContain('Sam’s okay plan says calm times can feel unsafe');
    await journey.check(dana, 'caseload', { laptop: true });
  });

  it('one click sends Sam a caring note, in Dana’s name, and it reaches Sam’s open conversation live', async () => {
    // Sam's home offers her okay plan and notes, saying nothing of why.
    await sam.getByTestId('okay-plan-offer').waitFor();
    await journey.check(sam, 'home-offer');
    await openNav(sam, 'Messages');
    await sam.getByRole('heading', { level: 1 }).first().waitFor();
    await dana.getByRole('button', { name: 'Send Sam a caring note' }).click();
    const sent = dana.getByRole('status').filter({ hasText: 'Caring note sent' });
    await sent.waitFor();
    const body = (await sent.locator('p').nth(1).innerText()).replace(/^“|”$/g, '');
    expect(body).toMatch(/^(Hello )?Sam,/);
    expect(body).not.toContain('?');
    await journey.check(dana, 'caring-note-sent');
    await sam.getByText(body).waitFor({ timeout: 15_000 });
    await journey.check(sam, 'caring-note-received', { laptop: true });
  });

  it('Dana offers Sam a short check-in call from the same card', async () => {
    await dana.getByRole('button', { name: 'Offer a short check-in call' }).click();
    await dana.getByLabel('When (practice time)').waitFor();
    await journey.check(dana, 'propose-call');
    await dana.getByRole('button', { name: 'Book a 15-minute phone call' }).click();
    await dana.getByText('Booked. It is on the appointments page for you both.').waitFor();
  });

  it('Sam’s page shows the care-contact balance; the okay-plan page her stretches and thresholds', async () => {
    await dana.getByRole('link', { name: 'Sam Taylor' }).click();
    await dana.getByTestId('care-balance').getByRole('table').waitFor();
    await journey.check(dana, 'client-care-balance', { laptop: true });
    await dana.getByTestId('client-okay-plan-link').click();
    await dana
      .getByTestId('stability-panel')
      .getByText(/Stable for \d+ days, since/)
      .waitFor();
    await journey.check(dana, 'stability-panel', { laptop: true });
  });

  it('Ada, the admin, sees the practice’s balance, each client with contact listed', async () => {
    const { page: ada } = await journey.signIn('ada');
    await openNav(ada, 'Care-contact balance');
    await ada.getByTestId('practice-care-balance').waitFor();
    await ada.getByRole('row', { name: /Sam Taylor/ }).waitFor();
    await journey.check(ada, 'practice-care-balance', { laptop: true });
  });
});
