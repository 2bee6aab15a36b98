import { signInFieldIds as ids, signInWords as words } from '@steadfast/contracts';
import { helpPageWords } from './help-page.words';
import { esc, fillShell, frameHeader } from './shell';

/** What the sign-in address may carry that the painted page shows (`?email=` from an invitation's e-mail). */
export interface SignInQuery {
  email?: string;
}

/**
 * The sign-in page as the server's first answer (issue 22): the header's "I'm not okay", the
 * heading, the form and the link to the crisis screen, painted before any script has run, as
 * the app's SignInPage draws them (PublicLayout: a 480 px column). A person may start typing at
 * once: the app, when it takes over, starts from what is in these fields (src/app/server-page.ts).
 * Signing in needs the app, so until it has arrived the button says it is getting ready and
 * cannot be pressed (nor can the form be sent by Enter: a form whose default button is disabled
 * is not submitted), and the form, were it ever sent, would post to /sign-in, which takes no
 * posts, rather than put a password in an address. The crisis link works with or without script.
 */
export function renderSignInPage(shell: string, query: SignInQuery, signedIn: boolean): string {
  const email = query.email ? ` value="${esc(query.email)}"` : '';
  const body = [
    frameHeader(`<a class="sf-not-okay" href="/help" data-testid="not-okay">${esc(helpPageWords.notOkay)}</a>`),
    `<main id="main" tabindex="-1" class="sf-narrow"><div class="sf-narrow-stack">`,
    `<div class="sf-heading"><h1>${esc(words.title)}</h1><p class="sf-lg">${esc(words.intro)}</p></div>`,
    `<form class="sf-form" method="post" data-testid="sign-in-form">`,
    field(ids.email, words.email, `type="email" name="email" autocomplete="username"${email}`),
    field(ids.password, words.password, 'type="password" name="password" autocomplete="current-password"'),
    `<button type="submit" class="sf-submit" disabled data-testid="sign-in-waiting">${esc(words.gettingReady)}</button>`,
    `<noscript><p>${esc(words.needsScript)}</p></noscript>`,
    `<a class="sf-link" href="/forgot-password">${esc(words.forgot)}</a>`,
    `</form>`,
    `<p>${esc(words.crisisHint)} <a class="sf-link" href="/help">${esc(words.crisisLink)}</a>.</p>`,
    `</div></main>`,
  ].join('');
  return fillShell(shell, body, { page: 'sign-in', title: words.title, signedIn });
}

/** A labelled, required field, as Mantine's TextInput draws it (the asterisk hidden from screen readers). */
function field(id: string, label: string, attributes: string): string {
  return `<div class="sf-field"><label for="${id}">${esc(label)}<span class="sf-required" aria-hidden="true"> *</span></label><input id="${id}" class="sf-input" ${attributes} required></div>`;
}
