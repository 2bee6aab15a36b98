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
import { esc, fillShell, frameHeader } from './shell';

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
    frameHeader(`<a class="sf-back" href="/">${esc(words.home)}</a>`),
    `<main id="main" tabindex="-1" class="sf-main"><div class="sf-stack" data-testid="crisis-screen">`,
    `<div class="sf-intro"><h1>${esc(words.opener)}</h1><p class="sf-lg">${esc(words.openerMore)}</p>${emergencyShortcut(groups)}</div>`,
    linesSection('lines', words.linesHeading, words.linesIntro, split(groups, false), groups.length > 1),
    linesSection('emergency', words.emergencyHeading, words.emergencyIntro, split(groups, true), groups.length > 1),
    `<div class="sf-notice" data-testid="not-monitored-notice"><p>${esc(practiceLines?.notMonitoredNotice ?? notMonitoredNotice)}</p></div>`,
    // Shown by public/help-boot.js when the app does not take over: without script it could not print.
    `<div class="sf-print" hidden><button type="button" class="sf-print-button" data-print>${esc(words.print)}</button></div>`,
    `</div></main>`,
  ].join('');
  return fillShell(shell, body, { page: 'help', title: words.documentTitle, signedIn: ctx !== null });
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
