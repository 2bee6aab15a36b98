import fs from 'node:fs';
import type { MeResponse } from '@steadfast/contracts';
import { helpPageWords } from './help-page.words';
import type { HomeAnswers } from './home-answers';

/** The server-rendered pages' own styles, inline: nothing stands between the answer and its first paint. */
const criticalCss = fs
  .readFileSync(new URL('./help-page.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, ' ');

/** The pages the server paints itself before the app has loaded (issue 22). */
export type ServerPage = 'help' | 'home' | 'sign-in';

export interface ShellOptions {
  page: ServerPage;
  /** The document's title, as the app's page would set it. */
  title: string;
  /** Whether the server saw a session: a signed-out page then asks the API for nothing personal. */
  signedIn: boolean;
  /** Who is signed in, handed to the app so its first page need not ask again before it draws. */
  me?: MeResponse;
  /** The API's answers to the page's first reads, for the app to draw with (home-answers.ts). */
  answers?: HomeAnswers;
}

/**
 * The built shell with the page in its root: neither the app's stylesheet nor its scripts hold
 * up the first paint (public/help-boot.js asks for them once it has painted, and the app switches
 * the stylesheet on as it takes over), the no-script apology goes (the page works without
 * script), and a marker tells the app whether the server saw a session.
 */
export function fillShell(shell: string, body: string, options: ShellOptions): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(shell)?.[1];
  // A shell of another shape (a hand-made build) is sent as it is: the app still draws the page.
  if (!entry || !shell.includes('<div id="root"></div>')) return shell;
  const all = (pattern: RegExp) => [...shell.matchAll(pattern)].map((m) => m[1]!);
  const boot = [
    `<script src="/help-boot.js" data-entry="${esc(entry)}"`,
    ` data-preload="${esc(all(/<link rel="modulepreload" crossorigin href="([^"]+)">/g).join(' '))}"`,
    ` data-stylesheets="${esc(all(/<link rel="stylesheet" crossorigin href="([^"]+)">/g).join(' '))}"`,
    ` data-scripts="${esc(all(/<script id="vite-plugin-pwa:register-sw" src="([^"]+)" defer><\/script>/g).join(' '))}"`,
    ` data-page-preload="${esc(pagePreloadOf(shell, options.page))}" defer></script>`,
  ].join('');
  const head = [
    `<meta name="steadfast-session" content="${options.signedIn ? 'signed-in' : 'signed-out'}">`,
    // Data, not script: the page's policy allows no inline script, and none runs from here.
    options.me ? `<script type="application/json" id="steadfast-me">${jsonInHtml(options.me)}</script>` : '',
    options.answers ? `<script type="application/json" id="steadfast-answers">${jsonInHtml(options.answers)}</script>` : '',
    `<style>${criticalCss}</style>`,
  ].join('');
  return (
    shell
      .replace(/<title>[^<]*<\/title>/, `<title>${esc(`${options.title} · ${helpPageWords.appName}`)}</title>`)
      // Scripts, stylesheet and the service worker's registration come after the first paint.
      .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, '')
      .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
      .replace(/\s*<link rel="stylesheet" crossorigin href="[^"]+">/g, '')
      .replace(/<script id="vite-plugin-pwa:register-sw" src="[^"]+" defer><\/script>/, '')
      .replace(/\s*<meta name="steadfast-preload"[^>]*>/g, '')
      .replace('</body>', `${boot}</body>`)
      .replace('</head>', `${head}</head>`)
      .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
      .replace('<div id="root"></div>', `<div id="root" data-server-page="${options.page}">${body}</div>`)
  );
}

/**
 * The code this page needs beyond the entry's, as the build listed it (apps/web/preload-boot.ts):
 * public/help-boot.js fetches it a file per task, so the app finds it there as it starts rather
 * than adding dozens of links in one task.
 */
function pagePreloadOf(shell: string, page: ServerPage): string {
  const meta = [...shell.matchAll(/<meta name="steadfast-preload" data-page="([^"]+)" content="([^"]*)">/g)].find((m) => m[1] === page);
  return meta?.[2] ?? '';
}

/**
 * The skip link and the header (the brand, then one action), as the app's frame (src/app/layouts)
 * draws them. `menu`: a signed-in page, where the app puts its menu button before the brand on a
 * phone; its place is kept, so the brand does not move when the app takes over.
 */
export function frameHeader(action: string, { menu = false } = {}): string {
  const brand = `<a class="sf-brand" href="/" aria-label="${esc(helpPageWords.home)}"><img src="/icons/icon-192.png" alt="" width="28" height="28" fetchpriority="low"><span>${esc(helpPageWords.appName)}</span></a>`;
  return [
    `<a class="sf-skip" href="#main">${esc(helpPageWords.skipToContent)}</a>`,
    `<header class="sf-header">${menu ? `<span class="sf-start"><span class="sf-menu-space"></span>${brand}</span>` : brand}${action}</header>`,
  ].join('');
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values: the practice writes its own lines, people their own names. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** JSON that cannot end the script element it sits in, nor open a comment. */
function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
