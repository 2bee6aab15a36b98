import { clientHomeWords as words, firstNameOf, type MeResponse } from '@steadfast/contracts';
import { helpPageWords } from './help-page.words';
import type { HomeAnswers } from './home-answers';
import { esc, fillShell, frameHeader } from './shell';

/**
 * A signed-in client's home as the server's first answer (issue 22): the header's "I'm not okay",
 * the greeting and the safety plan, one tap each, painted before any script has run. Only the
 * top of the page: what follows needs the app (check-ins, notes, the care team), which takes
 * over once its scripts arrive, drawing the same things in the same places first. `me` goes
 * along, so the app can draw its page without first asking who is signed in, and so do the
 * API's answers to the rest of what the home shows (home-answers.ts), so it draws it all at once.
 */
export function renderClientHome(shell: string, me: MeResponse, answers?: HomeAnswers): string {
  const body = [
    frameHeader(`<a class="sf-not-okay" href="/help" data-testid="not-okay">${esc(helpPageWords.notOkay)}</a>`, { menu: true }),
    // The app's navigation column, empty until the app draws it, so nothing moves sideways then.
    `<div class="sf-body"><div class="sf-nav-space"></div>`,
    `<main id="main" tabindex="-1" class="sf-page"><div class="sf-page-stack">`,
    `<div class="sf-heading"><h1>${esc(words.title(firstNameOf(me.user.name)))}</h1><p class="sf-lg">${esc(words.intro(me.practice.name))}</p></div>`,
    `<section class="sf-card sf-plan" aria-labelledby="plan-heading" data-testid="home-safety-plan"><h2 id="plan-heading">${esc(words.planHeading)}</h2>`,
    `<p>${esc(words.planIntro)}</p><a class="sf-button" href="/plan">${esc(words.planLink)}</a></section>`,
    `</div></main></div>`,
  ].join('');
  return fillShell(shell, body, { page: 'home', title: words.title(firstNameOf(me.user.name)), signedIn: true, me, answers });
}
