import fs from 'node:fs';
import {
  actionLabel,
  chooseCrisisLines,
  crisisWords as words,
  emergencyNumber,
  notMonitoredNotice,
  type CrisisLineGroup,
  type CrisisLines,
} from '@steadfast/contracts';
import type { Ctx } from '../http/context';
import { getCrisisLines } from '../modules/crisis-resources';
import { helpPageWords } from './help-page.words';

/** The crisis screen's own styles, inline: nothing stands between the answer and its first paint. */
const criticalCss = fs
  .readFileSync(new URL('./help-page.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, ' ');

/**
 * The crisis screen as the server's first answer (issue 22): the practice's crisis lines, the
 * emergency numbers and the "not watched around the clock" words, with working tel: and sms:
 * links, readable before (and without) any script. The lines are those the app would show:
 * the signed-in person's practice's, and for someone signed out the bundled defaults, as the
 * app shows them with no copy on the device. The app's scripts replace this when they arrive.
 */
export async function renderHelpPage(shell: string, ctx: Ctx | null): Promise<string> {
  const practiceLines: CrisisLines | undefined = ctx ? await getCrisisLines(ctx) : undefined;
  const groups = chooseCrisisLines(practiceLines, undefined);
  const body = [
    `<a class="sf-skip" href="#main">${esc(helpPageWords.skipToContent)}</a>`,
    `<header class="sf-header"><a class="sf-brand" href="/" aria-label="${esc(helpPageWords.home)}"><img src="/icons/icon-192.png" alt="" width="28" height="28" fetchpriority="low"><span>${esc(helpPageWords.appName)}</span></a>`,
    `<a class="sf-back" href="/">${esc(words.home)}</a></header>`,
    `<main id="main" tabindex="-1" class="sf-main"><div class="sf-stack" data-testid="crisis-screen">`,
    `<div class="sf-intro"><h1>${esc(words.opener)}</h1><p class="sf-lg">${esc(words.openerMore)}</p>${emergencyShortcut(groups)}</div>`,
    linesSection('lines', words.linesHeading, words.linesIntro, split(groups, false), groups.length > 1),
    linesSection('emergency', words.emergencyHeading, words.emergencyIntro, split(groups, true), groups.length > 1),
    `<div class="sf-notice" data-testid="not-monitored-notice"><p>${esc(practiceLines?.notMonitoredNotice ?? notMonitoredNotice)}</p></div>`,
    `</div></main>`,
  ].join('');
  return fillShell(shell, body, ctx !== null);
}

/**
 * The built shell with the page in its root: neither the app's stylesheet nor its scripts hold
 * up the first paint (both are asked for once it has painted, and the app switches the
 * stylesheet on as it takes over), the no-script apology goes (the page works without script),
 * and a marker tells the app whether the server saw a session, so a signed-out visit asks for
 * nothing that needs one.
 */
export function fillShell(shell: string, body: string, signedIn: boolean): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(shell)?.[1];
  // A shell of another shape (a hand-made build) is sent as it is: the app still draws the page.
  if (!entry || !shell.includes('<div id="root"></div>')) return shell;
  const all = (pattern: RegExp) => [...shell.matchAll(pattern)].map((m) => m[1]!);
  const boot = [
    `<script src="/help-boot.js" data-entry="${esc(entry)}"`,
    ` data-preload="${esc(all(/<link rel="modulepreload" crossorigin href="([^"]+)">/g).join(' '))}"`,
    ` data-stylesheets="${esc(all(/<link rel="stylesheet" crossorigin href="([^"]+)">/g).join(' '))}"`,
    ` data-scripts="${esc(all(/<script id="vite-plugin-pwa:register-sw" src="([^"]+)" defer><\/script>/g).join(' '))}" defer></script>`,
  ].join('');
  const filled = shell
    .replace(/<title>[^<]*<\/title>/, `<title>${esc(`${words.documentTitle} · ${helpPageWords.appName}`)}</title>`)
    // Scripts, stylesheet and the service worker's registration come after the first paint
    // (public/help-boot.js): nothing but this answer is fetched before it.
    .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
    .replace(/\s*<link rel="stylesheet" crossorigin href="[^"]+">/g, '')
    .replace(/<script id="vite-plugin-pwa:register-sw" src="[^"]+" defer><\/script>/, '')
    .replace('</body>', `${boot}</body>`)
    .replace('</head>', `<meta name="steadfast-session" content="${signedIn ? 'signed-in' : 'signed-out'}"><style>${criticalCss}</style></head>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
    .replace('<div id="root"></div>', `<div id="root" data-server-page="help">${body}</div>`);
  return filled;
}

function split(groups: CrisisLineGroup[], emergency: boolean): CrisisLineGroup[] {
  return groups.map((g) => ({ country: g.country, lines: g.lines.filter((l) => (l.channel === 'emergency') === emergency) })).filter((g) => g.lines.length > 0);
}

function emergencyShortcut(groups: CrisisLineGroup[]): string {
  const numbers = groups.flatMap((g) => {
    const line = g.lines.find((l) => l.channel === 'emergency');
    return line ? [{ country: g.country, number: emergencyNumber(line), href: line.href }] : [];
  });
  if (numbers.length === 0) return '';
  const links = numbers.map((n) => `<a href="${esc(n.href)}">${esc(numbers.length > 1 ? words.inCountry(n.number, n.country) : n.number)}</a>`);
  return `<p class="sf-shortcut" data-testid="emergency-shortcut">${esc(words.emergencyNow.lead)}${links.join(esc(words.and))}${esc(words.emergencyNow.end)}</p>`;
}

function linesSection(id: string, heading: string, intro: string, groups: CrisisLineGroup[], several: boolean): string {
  if (groups.length === 0) return '';
  const cards = groups.map(
    (g) =>
      `<div class="sf-group">${several ? `<h3>${esc(words.country[g.country] ?? g.country)}</h3>` : ''}${g.lines.map((l) => lineCard(l, several ? 4 : 3)).join('')}</div>`,
  );
  return `<section class="sf-section" aria-labelledby="${id}-heading" data-testid="crisis-${id}"><h2 id="${id}-heading">${esc(heading)}</h2><p>${esc(intro)}</p>${cards.join('')}</section>`;
}

function lineCard(line: CrisisLineGroup['lines'][number], level: 3 | 4): string {
  const external = line.href.startsWith('https:') ? ' target="_blank" rel="noopener noreferrer"' : '';
  const kind = line.channel === 'emergency' ? ' sf-button-emergency' : '';
  return [
    `<div class="sf-card" data-testid="crisis-line"><h${level} class="sf-card-title">${esc(line.name)}</h${level}>`,
    line.description ? `<p>${esc(line.description)}</p>` : '',
    line.hours ? `<p class="sf-dim">${esc(line.hours)}</p>` : '',
    `<a class="sf-button${kind}" href="${esc(line.href)}" data-href="${esc(line.href)}"${external}>${esc(actionLabel(line))}</a></div>`,
  ].join('');
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values: the practice writes its own lines. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
