import type { Page } from 'playwright-core';

/**
 * Waits until the service worker is installed and controls the page: a page loaded before the
 * worker was active is not controlled until it is loaded again, so it is reloaded once.
 */
export async function underServiceWorker(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  if (!(await page.evaluate('navigator.serviceWorker.controller !== null'))) await page.reload();
  await page.waitForFunction('navigator.serviceWorker.controller !== null');
}

/** The paths of the responses the service worker keeps in one of its caches. */
export async function cachedPaths(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate<string[]>(`caches.open(${JSON.stringify(cacheName)}).then((c) => c.keys()).then((keys) => keys.map((r) => new URL(r.url).pathname))`);
}
