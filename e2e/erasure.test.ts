import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, startJourney, type Journey } from './support/journey';

// Issue 18: Alex asks for their record to be erased from "Your information", seeing first what
// would be removed and what kept; Ada sees the request with the same preview and carries it out.
// Alex changes their mind once (withdraws, and the request is gone) and then asks again.
// Afterwards Alex cannot sign in.
describe.skipIf(!hasChromium)('erasure journey in Chromium', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney('erasure');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('Alex reads what erasure would mean, asks, and confirms', async () => {
    const { page } = await journey.signIn('alex');
    await page.goto('/your-information');
    const card = page.getByRole('region', { name: 'Ask for my record to be erased' });
    await card.getByTestId('erasure-preview').getByRole('heading', { name: 'Kept', exact: true }).waitFor();
    await journey.check(page, 'client-preview', { laptop: true });
    await card.getByTestId('erasure-ask').click();
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Are you sure?');
    await journey.check(page, 'client-confirm', { laptop: true });
    await card.getByTestId('erasure-confirm').click();
    await card.getByTestId('erasure-asked').waitFor();
    await journey.check(page, 'client-asked');
  });

  it('Alex withdraws the request after a confirm step, and can ask again', async () => {
    const { page } = await journey.signIn('alex');
    await page.goto('/your-information');
    const card = page.getByRole('region', { name: 'Ask for my record to be erased' });
    await card.getByTestId('erasure-withdraw').click();
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Withdraw your request?');
    await journey.check(page, 'client-withdraw-confirm', { laptop: true });
    await card.getByTestId('erasure-withdraw-confirm').click();
    await card.getByTestId('erasure-withdrawn').waitFor();
    await card.getByTestId('erasure-ask').waitFor();
    await journey.check(page, 'client-withdrawn', { laptop: true });
    await card.getByTestId('erasure-ask').click();
    await card.getByTestId('erasure-confirm').click();
    await card.getByTestId('erasure-asked').waitFor();
  });

  it('Ada sees the request with its preview and erases the record', async () => {
    const { page } = await journey.signIn('ada');
    await page.goto('/erasure-requests');
    await page.getByRole('heading', { level: 1, name: 'Erasure requests' }).waitFor();
    const request = page.getByTestId('erasure-request').filter({ hasText: 'Alex Morgan' });
    await request.getByTestId('erasure-show').click();
    await request.getByTestId('erasure-preview').waitFor();
    await request.getByTestId('erasure-start').click();
    await journey.check(page, 'admin-confirm', { laptop: true });
    await request.getByTestId('erasure-confirm').click();
    // Once erased, the request names the client only as "Former client".
    await page.getByText('Erased. The client has been sent an e-mail saying what was kept.').waitFor();
    await page.getByTestId('erasure-request').filter({ hasText: 'Former client' }).waitFor();
    await journey.check(page, 'admin-done', { laptop: true });
  });

  it('Alex can no longer sign in', async () => {
    await expect(apiSignIn(journey.url, 'alex')).rejects.toThrow();
  });
});
