import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, screenshot, viewports } from './support/browser';
import { apiSignIn, hasChromium, settle, startJourney, type Journey } from './support/journey';

/** A line only this practice has (a drama-range number): seeing it proves the page shows the practice's own list. */
const practiceLine = {
  name: 'Harbour Street out-of-hours line',
  channel: 'call',
  contact: '020 7946 0321',
  href: 'tel:+442079460321',
  description: 'Our own line for clients of Harbour Street Therapy, answered by the clinician on call.',
  hours: 'Evenings and weekends',
  lastVerified: '2026-12-01',
} as const;

// Issue 22: the crisis screen is readable on the first visit before (and without) any script.
describe.skipIf(!hasChromium)('the crisis screen on a first visit', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('first-paint');
  });
  afterAll(async () => {
    await journey?.close();
  });

  async function noScriptContext(cookie?: string, viewport: keyof typeof viewports = 'phone'): Promise<BrowserContext> {
    const context = await journey.browser.newContext({ viewport: viewports[viewport], baseURL: journey.url, javaScriptEnabled: false, locale: 'en-GB' });
    if (cookie) {
      const [name, value] = cookie.split(';')[0]!.split('=');
      await context.addCookies([{ name: name!, value: value!, url: journey.url }]);
    }
    return context;
  }

  async function linkHref(page: Page, name: string): Promise<string | null> {
    return page.getByRole('link', { name, exact: true }).getAttribute('href');
  }

  it('signed out, with JavaScript off: the crisis lines, emergency numbers and their tel:/sms: links are all there', async () => {
    const context = await noScriptContext();
    const page = await context.newPage();
    const api: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) api.push(r.url());
    });
    await page.goto('/help');
    await page.getByRole('heading', { level: 1, name: 'You are not alone in this' }).waitFor();
    // With no device copy and no session, the app shows the UK and US defaults: so does the server.
    expect(await linkHref(page, 'Call 116 123')).toBe('tel:116123');
    expect(await linkHref(page, 'Text SHOUT to 85258')).toBe('sms:85258?body=SHOUT');
    expect(await linkHref(page, 'Call or text 988')).toBe('tel:988');
    expect(
      await page
        .getByTestId('emergency-shortcut')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['tel:999', 'tel:911']);
    expect(await page.getByTestId('not-monitored-notice').textContent()).toContain('not around the clock');
    expect(await page.getByText('needs JavaScript turned on').count()).toBe(0);
    expect(api).toEqual([]);
    await screenshot(page, 'first-paint-help-no-script-phone');
    await context.close();
  });

  it("signed in, with JavaScript off: the page shows the practice's own crisis lines", async () => {
    const ada = await apiSignIn(journey.url, 'ada');
    const current = await ada.get<{ lines: Record<string, unknown>[] }>('/api/v1/crisis-lines');
    const lines = [practiceLine, ...current.lines.map(({ id: _id, position: _p, ...line }) => line)];
    const put = await fetch(`${journey.url}/api/v1/crisis-lines`, {
      method: 'PUT',
      headers: { cookie: ada.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ lines }),
    });
    expect(put.status).toBe(200);

    const sam = await apiSignIn(journey.url, 'sam');
    const context = await noScriptContext(sam.cookie);
    const page = await context.newPage();
    await page.goto('/help');
    await page.getByRole('heading', { name: practiceLine.name }).waitFor();
    expect(await linkHref(page, `Call ${practiceLine.contact}`)).toBe(practiceLine.href);
    expect(await linkHref(page, 'Call 116 123')).toBe('tel:116123');
    // The practice is in the UK: one emergency number, no US lines.
    expect(
      await page
        .getByTestId('emergency-shortcut')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(['tel:999']);
    expect(await page.getByRole('link', { name: 'Call or text 988' }).count()).toBe(0);
    await screenshot(page, 'first-paint-help-no-script-signed-in-phone');
    await context.close();
  });

  async function watch(page: Page): Promise<{ api: string[]; errors: string[] }> {
    const seen = { api: [] as string[], errors: [] as string[] };
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) seen.api.push(new URL(r.url()).pathname);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') seen.errors.push(m.text());
    });
    return seen;
  }

  const countShifts = `window.__shifts = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });`;

  it("signed out, with JavaScript on and nothing on the device: the server's page stays, prints, and registers the service worker", async () => {
    const context = await journey.context();
    await context.addInitScript(countShifts);
    const page = await context.newPage();
    const seen = await watch(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/help');
    // help-boot.js shows the print button only once it has run.
    const print = page.getByRole('button', { name: 'Print this page' });
    await print.waitFor();
    // The worker that keeps the crisis lines for next time is registered from this page.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await settle(page);
    // The app has nothing to add here, so none of its code ran on top of the page.
    expect(scripts.filter((s) => s.startsWith('/assets/'))).toEqual([]);
    expect(await page.locator('#root[data-server-page="help"] [data-testid="crisis-screen"]').count()).toBe(1);
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
    await print.click();
    expect(await page.evaluate<number>('window.__printed')).toBe(1);
    expect(await linkHref(page, 'Call 116 123')).toBe('tel:116123');
    expect(await page.evaluate<number>('window.__shifts')).toBeLessThanOrEqual(0.1);
    expect(seen.api).toEqual([]);
    expect(seen.errors).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-paint-help-no-app-phone');
    await context.close();
  });

  it("signed out, with the practice's lines kept on the device: the app takes over without asking for anything that needs a session, and nothing shifts", async () => {
    const context = await journey.context();
    await context.addInitScript(countShifts);
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto('/help');
    await page.getByRole('button', { name: 'Print this page' }).waitFor();
    // What the app keeps after a signed-in visit (crisis.api.ts): the server cannot know it.
    const copy = {
      country: 'GB',
      notMonitoredNotice: 'Messages are read in working hours, not around the clock.',
      lines: [{ id: 'kept', position: 0, ...practiceLine }],
    };
    await page.evaluate(`localStorage.setItem('steadfast.crisisLines', ${JSON.stringify(JSON.stringify(copy))})`);
    await page.reload();
    await page.getByRole('heading', { name: practiceLine.name }).waitFor();
    await settle(page);
    expect(await linkHref(page, `Call ${practiceLine.contact}`)).toBe(practiceLine.href);
    expect(await page.locator('link[data-app-css]').count()).toBe(0);
    expect(await page.evaluate<number>('window.__shifts')).toBeLessThanOrEqual(0.1);
    expect(seen.api.filter((p) => p === '/api/v1/me' || p === '/api/v1/crisis-lines')).toEqual([]);
    expect(seen.errors).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-paint-help-app-phone');

    // The hint speaks for the first page only: after signing in, the crisis screen asks again.
    seen.api.length = 0;
    await page.getByRole('link', { name: 'Back to Steadfast' }).click();
    await page.getByLabel(/^e-?mail\b/i).fill('sam@harbour.example');
    await page.getByLabel(/^password\b/i).fill('steadfast-demo');
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.getByRole('link', { name: "I'm not okay" }).click();
    await page.getByRole('heading', { level: 1, name: 'You are not alone in this' }).waitFor();
    await expect.poll(() => seen.api.includes('/api/v1/crisis-lines')).toBe(true);
    await context.close();
  });

  it('Sam\'s home, with JavaScript off: the greeting, "I\'m not okay" and his safety plan are there, one tap each', async () => {
    const sam = await apiSignIn(journey.url, 'sam');
    // Only a client's home is painted by the server; signed out, "/" is the app's shell.
    expect(await (await fetch(`${journey.url}/`)).text()).not.toContain('data-server-page');
    for (const viewport of ['phone', 'laptop'] as const) {
      const context = await noScriptContext(sam.cookie, viewport);
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Hello, Sam' }).waitFor();
      expect(await page.getByRole('banner').getByRole('link', { name: "I'm not okay" }).getAttribute('href')).toBe('/help');
      expect(await linkHref(page, 'Open my safety plan')).toBe('/plan');
      expect(await page.getByText('Harbour Street Therapy between sessions').count()).toBe(1);
      expect(await page.getByText('needs JavaScript turned on').count()).toBe(0);
      await screenshot(page, `first-paint-home-no-script-${viewport}`);
      await context.close();
    }
  });

  it("Sam's home, with JavaScript on: the app takes over the page the server painted, with no loading screen between", async () => {
    const sam = await apiSignIn(journey.url, 'sam');
    const context = await journey.context();
    const [name, value] = sam.cookie.split(';')[0]!.split('=');
    await context.addCookies([{ name: name!, value: value!, url: journey.url }]);
    await context.addInitScript(countShifts);
    // Notes whether the greeting ever left the page once it was there (a loading screen in between).
    await context.addInitScript(
      `window.__lost = false; window.__seen = false; new MutationObserver(() => { const h1 = document.querySelector('h1'); const ok = !!h1 && h1.textContent === 'Hello, Sam'; if (ok) window.__seen = true; else if (window.__seen) window.__lost = true; }).observe(document, { childList: true, subtree: true, characterData: true });`,
    );
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto('/');
    // Only the app's frame has the sign-out button: it has taken over.
    await page.getByTestId('sign-out').waitFor({ state: 'attached' });
    await settle(page);
    expect(await page.evaluate<boolean>('window.__seen')).toBe(true);
    expect(await page.evaluate<boolean>('window.__lost')).toBe(false);
    expect(await page.locator('.sf-page').count()).toBe(0);
    expect(await linkHref(page, 'Open my safety plan')).toBe('/plan');
    expect(await page.getByRole('banner').getByRole('link', { name: "I'm not okay" }).getAttribute('href')).toBe('/help');
    expect(await page.evaluate<number>('window.__shifts')).toBeLessThanOrEqual(0.1);
    expect(seen.errors).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-paint-home-app-phone');
    await page.setViewportSize(viewports.laptop);
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-paint-home-app-laptop');
    await page.getByRole('link', { name: 'Open my safety plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await context.close();
  });

  it('the sign-in page, with JavaScript off: a wrong password says so, the right one signs Sam in and opens his home', async () => {
    for (const viewport of ['phone', 'laptop'] as const) {
      const context = await noScriptContext(undefined, viewport);
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await linkHref(page, 'Forgot your password?')).toBe('/forgot-password');
      expect(await page.getByText('needs JavaScript').count()).toBe(0);
      await screenshot(page, `first-paint-sign-in-no-script-${viewport}`);
      if (viewport === 'phone') {
        await page.getByRole('link', { name: 'see who you can talk to' }).click();
        await page.getByRole('heading', { level: 1, name: 'You are not alone in this' }).waitFor();
        await context.close();
        continue;
      }
      await page.getByLabel('Email').fill('sam@harbour.example');
      await page.getByLabel('Password').fill('not-my-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByTestId('sign-in-error').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('That email and password do not match.');
      expect(await page.getByLabel('Email').inputValue()).toBe('sam@harbour.example');
      expect(await page.getByLabel('Password').inputValue()).toBe('');
      await screenshot(page, 'first-paint-sign-in-refused-no-script-laptop');
      await page.getByLabel('Password').fill('steadfast-demo');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Hello, Sam' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await linkHref(page, 'Open my safety plan')).toBe('/plan');
      await context.close();
    }
  });

  it('the sign-in page, with JavaScript on: the app is not loaded there, nothing shifts, and the form signs a clinician in to where they were going', async () => {
    const context = await journey.context();
    await context.addInitScript(countShifts);
    const page = await context.newPage();
    const seen = await watch(page);
    const appScripts: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/.*\.js$/.test(new URL(r.url()).pathname)) appScripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/sign-in?next=%2Ftriage');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').pressSequentially('patel@harbour.example');
    await settle(page);
    // The server signs people in itself: none of the app's code is fetched for this page.
    expect(appScripts).toEqual([]);
    expect(await page.locator('#root[data-server-page="sign-in"]').count()).toBe(1);
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('sign-in-email');
    expect(await page.evaluate<number>('window.__shifts')).toBeLessThanOrEqual(0.1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-paint-sign-in-phone');
    await page.setViewportSize(viewports.laptop);
    await screenshot(page, 'first-paint-sign-in-laptop');
    // Refused first: the form comes back saying why, with the caret in the password field.
    await page.getByLabel(/^password\b/i).fill('not-my-password');
    await page.getByLabel(/^password\b/i).press('Enter');
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('patel@harbour.example');
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('sign-in-password');
    expect(appScripts).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'first-paint-sign-in-refused-laptop');
    // Chromium logs the refused page's own status (401) as a console error; nothing else may be.
    expect(seen.errors).toEqual(['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    seen.errors.length = 0;
    await page.getByLabel(/^password\b/i).fill('steadfast-demo');
    await page.getByLabel(/^password\b/i).press('Enter');
    await page.waitForURL((url) => url.pathname === '/triage');
    // The app takes over from here: only its frame has the sign-out button.
    await page.getByTestId('sign-out').waitFor({ state: 'attached' });
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('the sign-in page asks for nothing that needs a session', async () => {
    const context = await journey.context();
    const page = await context.newPage();
    const api: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) api.push(new URL(r.url()).pathname);
    });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: /sign in/i }).waitFor();
    await settle(page);
    expect(api).toEqual([]);
    await context.close();
  });
});
