import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushText } from '../apps/server/src/modules/notifications/notifications.words';
import { hasChromium, openNav, startJourney, type Journey } from './support/journey';
import { underServiceWorker } from './support/service-worker';

// Issues 4 and 5 (SPEC §2.2, §2.9): Omar, on call, sees the bell count Sam's "I'm not safe" the
// moment Sam sends it, and the notice takes him to the flag. Everyone chooses how they are told,
// and it stays chosen. A web push shows a notice with no clinical content.
const words = 'I am not safe tonight and I do not know what to do';

describe.skipIf(!hasChromium)('notifications journey in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let omar: Page;
  let omarContext: BrowserContext;

  beforeAll(async () => {
    journey = await startJourney('notifications');
    [{ page: sam }, { page: omar, context: omarContext }] = await Promise.all([journey.signIn('sam'), journey.signIn('omar')]);
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Omar's bell counts Sam's crisis message at once, without a reload; the notice stands out and opens the flag, and is then read", async () => {
    const bell = omar.getByTestId('notifications-bell');
    // Live: the bell listens on the tab's event stream.
    await omar.locator('[data-testid="notifications-bell"][data-live="true"]').waitFor();
    const before = Number(await bell.getAttribute('data-unread'));
    await journey.check(omar, 'omar-bell-before');

    await openNav(sam, 'Messages');
    await sam.getByLabel('Your message').fill(words);
    await sam.getByRole('radio', { name: 'I’m not safe' }).check();
    const sentAt = Date.now();
    await sam.getByRole('button', { name: 'Send message' }).click();

    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 10_000, interval: 50 }).toBe(`Notifications, ${before + 1} unread`);
    console.log(`notifications: Omar's bell counted Sam's message ${Date.now() - sentAt} ms after Send`);
    await sam.getByText('Your message has been sent.').waitFor();

    await bell.click();
    await omar.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const notice = omar.getByTestId('notification').first();
    await notice.getByText('A risk flag for Sam Taylor needs acknowledging').waitFor();
    expect(await notice.getAttribute('data-urgent')).toBe('true');
    await notice.getByText('Urgent', { exact: true }).waitFor();
    await journey.check(omar, 'omar-notifications', { laptop: true });

    await notice.getByRole('link', { name: 'A risk flag for Sam Taylor needs acknowledging' }).click();
    await omar.getByRole('heading', { level: 1, name: 'Flag for Sam Taylor' }).waitFor();
    expect(new URL(omar.url()).pathname).toMatch(/^\/flags\/[0-9a-f-]{36}$/);
    await expect.poll(() => bell.getAttribute('aria-label')).toBe(before === 0 ? 'Notifications' : `Notifications, ${before} unread`);
  });

  it('Sam chooses not to be e-mailed; it stays chosen after a reload', async () => {
    await openNav(sam, 'Notification settings');
    await sam.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    const email = sam.getByRole('switch', { name: /^E-mail me when there is something new/ });
    expect(await email.isChecked()).toBe(true);
    await sam.getByText(/E-mails never contain what was written, only that there is something new\./).waitFor();
    expect(await sam.getByRole('switch', { name: /^Text me/ }).count()).toBe(0);
    // The phone's header holds the menu, the name, the bell and "I'm not okay" without spilling sideways.
    expect(await sam.evaluate('document.documentElement.scrollWidth')).toBe(390);
    await journey.check(sam, 'sam-settings', { laptop: true });

    await email.click({ force: true });
    await sam.getByRole('button', { name: 'Save settings' }).click();
    await sam.getByText('Your settings are saved.').waitFor();
    await sam.reload();
    await sam.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    await expect.poll(() => sam.getByRole('switch', { name: /^E-mail me when there is something new/ }).isChecked()).toBe(false);
  });

  it("Omar's settings offer urgent alerts by text, and say how this device stands for push", async () => {
    await openNav(omar, 'Notification settings');
    await omar.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    await omar.getByRole('switch', { name: /^Text me urgent alerts/ }).waitFor();
    const device = omar.getByTestId('push-switch');
    // Not yet allowed to notify: off, and the browser is asked only on a click.
    await expect.poll(() => device.getAttribute('data-state')).toBe('off');
    await omar.getByText(/When you turn this on, your browser asks whether Steadfast may show notifications/).waitFor();
    await journey.check(omar, 'omar-settings', { laptop: true });
  });

  it('a push shows a notice with the server’s fixed words and opens only this app’s pages', async () => {
    await omarContext.grantPermissions(['notifications'], { origin: journey.url });
    await underServiceWorker(omar);
    const cdp = await omarContext.newCDPSession(omar);
    const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations));
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.some((r) => !r.isDeleted && r.scopeURL === `${journey.url}/`)).toBe(true);
    const registrationId = registrations.find((r) => !r.isDeleted)!.registrationId;
    const deliver = (payload: unknown) => cdp.send('ServiceWorker.deliverPushMessage', { origin: journey.url, registrationId, data: JSON.stringify(payload) });
    const shown = () =>
      omar.evaluate<{ title: string; body: string; url: string }[]>(
        'navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((all) => all.map((n) => ({ title: n.title, body: n.body, url: n.data && n.data.url })))',
      );

    // What the server sends (notifications.push.ts): pushText's words and the notifications page.
    await deliver({ ...pushText('flag_raised'), url: '/notifications' });
    await expect.poll(shown).toEqual([{ title: 'Steadfast', body: 'Please sign in to Steadfast', url: '/notifications' }]);

    // Anything odd falls back to fixed words; another site's address is never opened.
    await deliver({ title: 'x'.repeat(500), url: 'https://elsewhere.example/phish' });
    await expect.poll(shown).toEqual([{ title: 'Steadfast', body: 'A new notice needs you.', url: '/notifications' }]);
    const worker = omarContext.serviceWorkers()[0]!;
    expect(await worker.evaluate("[samePath('/flags/1?a=1'), samePath('//elsewhere.example/x'), samePath('javascript:alert(1)'), samePath(42)]")).toEqual([
      '/flags/1?a=1',
      '/notifications',
      '/notifications',
      '/notifications',
    ]);
    await cdp.detach();
  });
});
