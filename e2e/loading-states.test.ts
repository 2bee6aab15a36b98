import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startJourney, type Journey } from './support/journey';

// Issue 12: every page is axe-clean while its data is still on the way, not only once it has
// arrived. Each page is opened with its API reads held back: the loading state is checked (a
// status with words, the page's h1 kept), then the page the data turns it into.
describe.skipIf(!hasChromium)('loading states in Chromium', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney('loading');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Sam's pages, before and after their data arrives", async () => {
    const { page } = await journey.signIn('sam');
    await journey.checkLoading(page, '/messages', 'sam-messages');
    await journey.checkLoading(page, '/notifications', 'sam-notifications');
    await journey.checkLoading(page, '/notification-settings', 'sam-notification-settings');
  });

  it("Dana's pages, before and after their data arrives", async () => {
    const { page } = await journey.signIn('dana');
    await journey.checkLoading(page, '/', 'dana-caseload');
    const clientHref = await page.getByTestId('caseload-client').first().getByRole('link').first().getAttribute('href');
    expect(clientHref).toMatch(/^\/clients\//);
    await journey.checkLoading(page, clientHref!, 'dana-client');
    await journey.checkLoading(page, '/triage', 'dana-triage');
    await journey.checkLoading(page, '/on-call', 'dana-rota');
    await journey.checkLoading(page, '/sessions', 'dana-sessions');
  });

  it("Ada's pages, before and after their data arrives", async () => {
    const { page } = await journey.signIn('ada');
    await journey.checkLoading(page, '/', 'ada-people');
    await journey.checkLoading(page, '/invitations', 'ada-invitations');
    await journey.checkLoading(page, '/mail', 'ada-mail');
    await journey.checkLoading(page, '/crisis-lines', 'ada-crisis-lines');
  });

  it('the whole app, while it does not yet know who is signed in', async () => {
    const { page } = await journey.signIn('alex');
    await journey.checkLoading(page, '/', 'alex-whole-app', { hold: (url) => url.pathname === '/api/v1/me' });
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  });
});
