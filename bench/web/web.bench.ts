/**
 * Web benchmark (issue 6): the client app's initial JavaScript, gzipped, and the time to paint the
 * safety plan with no network in Chromium. Targets: ≤ 150 kB and ≤ 500 ms (median of 10).
 *
 *   npx tsx bench/web/web.bench.ts   (needs Chromium at /usr/bin/chromium or CHROMIUM_PATH)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, signInThroughPage } from '../../e2e/support/browser';
import { startApp, type StartedApp } from '../../e2e/support/server';
import { cachedPaths, underServiceWorker } from '../../e2e/support/service-worker';
import { type BenchFigure, printFigures, runWhenMain, writeBenchResults } from '../lib/figures';
import { buildWebApp } from '../lib/web-build';

/** What this benchmark needs on the machine (bench/run.ts skips it, saying so, when absent). */
export const needs = ['chromium'] as const;

const RUNS = 10;
const TARGET_KB = 150;
const TARGET_PAINT_MS = 500;
/** The first step of Sam's demo plan (apps/server/src/modules/safety-plans/safety-plans.demo.ts). */
const FIRST_STEP = 'I start cancelling plans and staying in my room.';

/** Runs the benchmark, prints it, writes bench/results/web-*.json, returns the figures. */
export async function runWebBench(): Promise<BenchFigure[]> {
  const dist = buildWebApp();
  let app: StartedApp | undefined;
  try {
    const bundle = initialJavaScript(dist);
    app = await startApp({ env: { WEB_DIST: dist } });
    const paints = await offlinePlanPaints(app.url);
    const figures = toFigures(bundle, paints);
    printFigures(`Web: initial JavaScript of the client app, and the safety plan painted offline in Chromium (${RUNS} reloads)`, figures);
    writeBenchResults('web', figures, { files: bundle.files, paintsMs: paints, runs: RUNS, cpus: os.cpus().length, loadAverage: os.loadavg() });
    return figures;
  } finally {
    await app?.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

interface Bundle {
  totalKb: number;
  files: { file: string; bytes: number; gzipKb: number }[];
}

/**
 * Every script the first page load fetches before anything is tapped: the entry module, its
 * modulepreload links and classic scripts (the service worker's registration), each gzipped
 * on its own as a server would send it. kB are 1,000 bytes, as Vite's build report counts them.
 */
export function initialJavaScript(dist: string): Bundle {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
  const files = [...new Set([...srcs, ...preloads])].map((url) => {
    const content = fs.readFileSync(path.join(dist, url.replace(/^\//, '')));
    return { file: url, bytes: content.length, gzipKb: gzipSync(content, { level: 9 }).length / 1000 };
  });
  if (!files.some((f) => f.file.endsWith('.js'))) throw new Error('no entry script found in index.html');
  return { totalKb: files.reduce((sum, f) => sum + f.gzipKb, 0), files };
}

/**
 * Signed in as Sam, with the service worker in control and the crisis screen's data in its cache,
 * the network is cut and the crisis screen reloaded RUNS times. Each time, the page itself notes
 * (from navigation start, at the next animation frame) when the plan's first step is on screen.
 */
async function offlinePlanPaints(url: string): Promise<number[]> {
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, 'phone', url);
    const page = await context.newPage();
    await signInThroughPage(page, url, 'sam@harbour.example');
    await page.getByTestId('sign-out').waitFor({ state: 'attached' });
    await page.goto('/help');
    await underServiceWorker(page);
    await waitForCache(page);
    await context.addInitScript(paintProbe(FIRST_STEP));
    await context.setOffline(true);
    const paints: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.reload();
      paints.push(await page.evaluate<number>('window.__planPainted'));
    }
    return paints;
  } finally {
    await browser.close();
  }
}

async function waitForCache(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const paths = await cachedPaths(page, 'steadfast-crisis');
    if (paths.includes('/api/v1/crisis-lines') && paths.some((p) => p.endsWith('/safety-plan'))) return;
    if (Date.now() > deadline) throw new Error(`the crisis screen's data never reached the service worker's cache: ${paths.join(', ')}`);
    await page.waitForTimeout(100);
  }
}

/** Runs before the page's own scripts on every load: resolves window.__planPainted in ms from navigation start. */
function paintProbe(text: string): string {
  return `window.__planPainted = new Promise((resolve, reject) => {
    const visible = () => [...document.querySelectorAll('li')].some((el) => el.textContent.includes(${JSON.stringify(text)}) && el.getBoundingClientRect().height > 0);
    const done = () => requestAnimationFrame(() => resolve(performance.now()));
    const observer = new MutationObserver(() => { if (visible()) { observer.disconnect(); done(); } });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    setTimeout(() => { observer.disconnect(); reject(new Error('the plan did not paint within 15 s')); }, 15000);
  });`;
}

function toFigures(bundle: Bundle, paints: number[]): BenchFigure[] {
  const sorted = [...paints].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return [
    { name: 'web: initial JavaScript, gzipped', figure: bundle.totalKb, unit: 'kB', target: `≤ ${TARGET_KB}`, pass: bundle.totalKb <= TARGET_KB },
    {
      name: `web: safety plan painted offline, median of ${RUNS}`,
      figure: median,
      unit: 'ms',
      target: `≤ ${TARGET_PAINT_MS}`,
      pass: median <= TARGET_PAINT_MS,
    },
    { name: `web: safety plan painted offline, slowest of ${RUNS}`, figure: sorted.at(-1)!, unit: 'ms' },
  ];
}

runWhenMain(import.meta.url, runWebBench);
