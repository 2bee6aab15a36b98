import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumPath, expectNoAxeViolations, launchBrowser, newContext, screenshot, signInThroughPage, viewports } from './browser';
import { repoRoot, startApp, type StartedApp } from './server';

export type DemoPerson = 'ada' | 'dana' | 'patel' | 'omar' | 'sam' | 'alex';
export const demoEmail = (who: DemoPerson): string => `${who}@harbour.example`;

/** Says why a journey is skipped: a machine without Chromium skips loudly, never passes silently. */
export const hasChromium = fs.existsSync(chromiumPath);
if (!hasChromium) console.warn(`SKIPPED end-to-end journeys: no Chromium at ${chromiumPath} (apt-get install -y chromium)`);

/** The real app (own embedded database, demo practice) and one Chromium, for one test file. */
export interface Journey {
  name: string;
  app: StartedApp;
  browser: Browser;
  url: string;
  /** A phone-sized context (390×844) unless told otherwise, with relative URLs resolved against the app. */
  context(viewport?: keyof typeof viewports): Promise<BrowserContext>;
  /** Signs a demo person in through the sign-in page of a fresh phone context. */
  signIn(who: DemoPerson): Promise<{ context: BrowserContext; page: Page }>;
  /** axe with zero violations, then a screenshot `<journey>-<step>-phone.png` (and `-laptop.png` for a main page). */
  check(page: Page, step: string, options?: { laptop?: boolean }): Promise<void>;
  /**
   * Opens `path` with its data held back (every API read but who is signed in and the event
   * stream, unless `hold` says otherwise): axe on the loading state, which must show, then,
   * once the data is let through, `check` on the page it became.
   */
  checkLoading(page: Page, path: string, step: string, options?: { hold?: (url: URL) => boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * The built web app copied aside for one run: a rebuild of apps/web/dist while the journey runs
 * (another test run, a developer's `npm run build:web`) would otherwise swap the files under it.
 */
export function privateWebDist(): string {
  const source = path.join(repoRoot, 'apps/web/dist');
  if (!fs.existsSync(path.join(source, 'index.html'))) throw new Error('apps/web/dist is missing: run `npm run build -w @steadfast/web` first');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'steadfast-web-'));
  fs.cpSync(source, copy, { recursive: true });
  return copy;
}

/**
 * `env` adds to the app's environment (e.g. SMTP_URL for a journey that reads its e-mail).
 * `serviceWorkers: 'block'` for a journey that holds API reads back: the service worker answers
 * some reads itself (who is signed in, the crisis lines, the plan), and a page's route never sees those.
 */
export async function startJourney(name: string, options: { serviceWorkers?: 'allow' | 'block'; env?: Record<string, string> } = {}): Promise<Journey> {
  const webDist = privateWebDist();
  const [app, browser] = await Promise.all([startApp({ env: { ...options.env, WEB_DIST: webDist } }), launchBrowser()]);
  const contexts: BrowserContext[] = [];
  const laptopChecked = new WeakSet<Page>();
  const journey: Journey = {
    name,
    app,
    browser,
    url: app.url,
    async context(viewport = 'phone') {
      const context = await newContext(browser, viewport, app.url, options.serviceWorkers);
      contexts.push(context);
      return context;
    },
    async signIn(who) {
      const context = await journey.context();
      const page = await context.newPage();
      await signInThroughPage(page, app.url, demoEmail(who));
      // Signed in when the sign-out button of the signed-in shell is in the page.
      await page.getByTestId('sign-out').waitFor({ state: 'attached' });
      return { context, page };
    },
    async check(page, step, options = {}) {
      await settle(page);
      await expectNoAxeViolations(page);
      await screenshot(page, `${name}-${step}-phone`);
      if (!options.laptop) return;
      const phone = page.viewportSize() ?? viewports.phone;
      await page.setViewportSize(viewports.laptop);
      // The laptop layout shows the navigation beside the page: axe checks that arrangement once
      // per person (axe takes seconds; the navigation is the same on every page).
      if (!laptopChecked.has(page)) await expectNoAxeViolations(page);
      laptopChecked.add(page);
      await screenshot(page, `${name}-${step}-laptop`);
      await page.setViewportSize(phone);
    },
    async checkLoading(page, path, step, options = {}) {
      const hold = options.hold ?? ((url: URL) => !['/api/v1/me', '/api/v1/events'].includes(url.pathname));
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      // The page is in its own loading state once it has asked for data (before that, the app
      // shell or the page's code may still be on the way, with loading states of their own).
      let asked = false;
      const handler = async (route: Route) => {
        if (route.request().method() !== 'GET' || !hold(new URL(route.request().url()))) return route.fallback();
        asked = true;
        await released;
        await route.continue().catch(() => undefined);
      };
      await page.route('**/api/v1/**', handler);
      try {
        await page.goto(path);
        await expect.poll(() => asked, { message: `${path} asks for its data`, timeout: 15_000 }).toBe(true);
        await page.locator('[data-loading="true"]').first().waitFor({ state: 'visible', timeout: 15_000 });
        // axe's WCAG tags leave out page-has-heading-one, so the one h1 is asserted here.
        expect(await page.getByRole('heading', { level: 1 }).count(), `${path} keeps one h1 while loading`).toBe(1);
        await expectNoAxeViolations(page);
        await screenshot(page, `${name}-${step}-loading-phone`);
      } finally {
        release();
        await page.unroute('**/api/v1/**', handler);
      }
      await journey.check(page, step);
      expect(await page.getByRole('heading', { level: 1 }).count(), `${path} has one h1 once loaded`).toBe(1);
    },
    async close() {
      await Promise.allSettled(contexts.map((c) => c.close()));
      await browser.close().catch(() => undefined);
      await app.stop();
      fs.rmSync(webDist, { recursive: true, force: true });
    },
  };
  return journey;
}

/** Waits until nothing on the page says it is loading, so axe and screenshots see the real page. */
export async function settle(page: Page): Promise<void> {
  const loading = page.getByLabel('Loading', { exact: true }).or(page.locator('[data-loading="true"]'));
  await expect.poll(() => loading.count(), { timeout: 10_000 }).toBe(0);
  await page.evaluate('document.fonts ? document.fonts.ready.then(() => true) : true');
}

/**
 * Follows a navigation link as a person would: on a phone the navigation sits behind the menu
 * button, so open that first when the link is not visible.
 */
export async function openNav(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
  await link.click();
}

/** A demo person's signed-in session for calls to the API, as another app or script would make them. */
export interface ApiSession {
  cookie: string;
  user: { id: string; role: string; name: string; clientId?: string };
  get<T = unknown>(path: string): Promise<T>;
}

export async function apiSignIn(url: string, who: DemoPerson): Promise<ApiSession> {
  const res = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmail(who), password: 'steadfast-demo' }),
  });
  if (res.status !== 200) throw new Error(`sign-in for ${who} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie') ?? '']).map((c) => c.split(';')[0]).join('; ');
  const { user } = (await res.json()) as { user: ApiSession['user'] };
  return {
    cookie,
    user,
    async get<T>(path: string) {
      const r = await fetch(`${url}${path}`, { headers: { cookie } });
      if (!r.ok) throw new Error(`GET ${path} answered ${r.status}: ${await r.text()}`);
      return (await r.json()) as T;
    },
  };
}
