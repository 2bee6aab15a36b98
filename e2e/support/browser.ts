import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from './server';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.join(repoRoot, 'e2e/screenshots');

/** Debian's Chromium, never a downloaded browser; flags from STACK.md for this closed network. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * A browser with an ordinary on-disk profile. The contexts of launchBrowser() are off the record
 * (incognito), where Chromium never offers to install a web app: installability is judged here.
 */
export async function launchProfileContext(viewport: keyof typeof viewports = 'phone'): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'steadfast-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport: viewports[viewport],
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const viewports = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1280, height: 800 },
} as const;

/** A fresh context (axe needs pages from a context, not browser.newPage()). */
export async function newContext(
  browser: Browser,
  viewport: keyof typeof viewports = 'phone',
  baseURL?: string,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<BrowserContext> {
  return browser.newContext({ viewport: viewports[viewport], ...(baseURL ? { baseURL } : {}), locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers });
}

/** Saves a screenshot for a person to look at (ignored by git). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  // From the top: a full-page capture of a scrolled page paints the sticky header mid-page.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Runs axe on the page and fails with a readable list when anything WCAG 2.x A/AA is violated. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Signs in through the real sign-in page. */
export async function signInThroughPage(page: Page, baseUrl: string, email: string, password = 'steadfast-demo'): Promise<void> {
  await page.goto(`${baseUrl}/`);
  // Anchored: labels end in a required mark ("Email *"), and the password field's
  // "Toggle password visibility" button is labelled too.
  await page.getByLabel(/^e-?mail\b/i).fill(email);
  await page.getByLabel(/^password\b/i).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
}
