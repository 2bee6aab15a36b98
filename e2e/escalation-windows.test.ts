import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, openNav, startJourney, type Journey } from './support/journey';

// SPEC §2.9: Ada, the practice admin, sets how long a flag may go unacknowledged before the
// escalation ladder's next step. Out-of-range windows are refused next to their field; a saved
// change reaches the rota that the clinicians read.
describe.skipIf(!hasChromium)('escalation windows journey in Chromium', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('escalation-windows');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('Ada sees the defaults, is told plainly what is out of range, saves new windows, and Dana’s rota shows them', async () => {
    const { page } = await journey.signIn('ada');
    await openNav(page, 'Escalation windows');
    await page.getByRole('heading', { level: 1, name: 'Escalation windows' }).waitFor();
    const imminent = page.getByLabel('Imminent risk: minutes before each next step');
    const high = page.getByLabel('High risk: minutes before each next step');
    await expect.poll(() => imminent.inputValue()).toBe('5');
    expect(await high.inputValue()).toBe('30');
    await page.getByText('on call again after 5 min, the backup after 10 min, the practice lead after 15 min').waitFor();
    await page.getByText('Flags already raised keep the schedule they started with').waitFor();
    await journey.check(page, 'ada-editor', { laptop: true });

    await imminent.fill('45');
    await high.fill('20');
    await page.getByRole('button', { name: 'Save windows' }).click();
    await page.getByText('Choose between 1 and 30 minutes for imminent risk.').waitFor();
    expect(await imminent.getAttribute('aria-invalid')).toBe('true');
    // One message per mistake: 20 is a fine high window, so it is not also marked against 45.
    expect(await high.getAttribute('aria-invalid')).not.toBe('true');
    await page.getByRole('alert').filter({ hasText: 'Please check the windows marked above.' }).waitFor();
    await journey.check(page, 'ada-editor-errors', { laptop: true });

    await imminent.fill('10');
    await page.getByRole('button', { name: 'Save windows' }).click();
    // 20 ≥ 10 now, so the only message left is gone and the save goes through.
    await page.getByRole('status').filter({ hasText: 'Saved. New flags use these windows.' }).waitFor();
    expect(await imminent.getAttribute('aria-invalid')).not.toBe('true');
    await page.getByText('on call again after 20 min, the backup after 40 min, the practice lead after 60 min').waitFor();

    const dana = await apiSignIn(journey.url, 'dana');
    const now = await dana.get<{ policy: { imminentMinutes: number; highMinutes: number } }>('/api/v1/on-call/now');
    expect(now.policy).toEqual({ imminentMinutes: 10, highMinutes: 20 });
  });
});
