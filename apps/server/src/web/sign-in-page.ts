import { signInFieldIds as ids, signInWords as words } from '@steadfast/contracts';
import { helpPageWords } from './help-page.words';
import { esc, fillShell, frameHeader } from './shell';

/** What the sign-in page shows: empty on a first visit, or the form as it came back (sign-in-form.ts). */
export interface SignInForm {
  /** The address to fill in: `?email=` from an invitation's e-mail, or what was sent. */
  email?: string;
  /** Where to go once signed in (`?next=`), already checked to be a path on this site. */
  next?: string;
  /** Why the form came back, in the same words the API answers with. */
  error?: string;
  /**
   * The second step: the password was right and the account asks for a code. The email and
   * password go along with the code, as the app sends them, so they ride in the form hidden.
   */
  codeStep?: { password: string };
}

/**
 * The server's own sign-in page (issue 22): the header's "I'm not okay", the heading, the form
 * and the link to the crisis screen, as the app's SignInPage draws them (PublicLayout: a 480 px
 * column). The form posts to /sign-in, where the server signs the person in and sends them on,
 * with no script at all: the app is not loaded on this page, so a slow phone is not busy with it
 * while someone types. The crisis link works before anything else.
 */
export function renderSignInPage(shell: string, form: SignInForm, signedIn: boolean): string {
  const codeStep = form.codeStep !== undefined;
  const heading = codeStep
    ? `<div class="sf-heading"><h1>${esc(words.codeStepTitle)}</h1></div>`
    : `<div class="sf-heading"><h1>${esc(words.title)}</h1><p class="sf-lg">${esc(words.intro)}</p></div>`;
  const body = [
    frameHeader(`<a class="sf-not-okay" href="/help" data-testid="not-okay">${esc(helpPageWords.notOkay)}</a>`),
    `<main id="main" tabindex="-1" class="sf-narrow"><div class="sf-narrow-stack">`,
    heading,
    `<form class="sf-form" method="post" action="/sign-in" data-testid="sign-in-form">`,
    form.next && form.next !== '/' ? hidden('next', form.next) : '',
    codeStep ? codeFields(form) : passwordFields(form),
    // After the fields, where the app's ErrorNotice stands; announced as the page arrives.
    form.error ? `<div class="sf-alert" role="alert" data-testid="sign-in-error">${esc(form.error)}</div>` : '',
    `<button type="submit" class="sf-submit">${esc(codeStep ? words.codeSubmit : words.submit)}</button>`,
    codeStep
      ? `<a class="sf-link" href="${esc(startOverHref(form.next))}">${esc(words.startOver)}</a>`
      : `<a class="sf-link" href="/forgot-password">${esc(words.forgot)}</a>`,
    `</form>`,
    `<p>${esc(words.crisisHint)} <a class="sf-link" href="/help">${esc(words.crisisLink)}</a>.</p>`,
    `</div></main>`,
  ].join('');
  return fillShell(shell, body, { page: 'sign-in', title: codeStep ? words.codeStepTitle : words.title, signedIn });
}

/** Email and password; after a refusal the caret waits in the password field, which starts empty. */
function passwordFields(form: SignInForm): string {
  const email = form.email ? ` value="${esc(form.email)}"` : '';
  const focus = form.error ? (form.email ? ids.password : ids.email) : undefined;
  const autofocus = (id: string) => (focus === id ? ' autofocus' : '');
  return [
    field(ids.email, words.email, `type="email" name="email" autocomplete="username"${email}${autofocus(ids.email)}`),
    field(ids.password, words.password, `type="password" name="password" autocomplete="current-password"${autofocus(ids.password)}`),
  ].join('');
}

/** The code, with the email and password of the first step carried along unseen. */
function codeFields(form: SignInForm): string {
  return [
    hidden('email', form.email ?? ''),
    hidden('password', form.codeStep?.password ?? ''),
    `<p>${esc(words.codeStepIntro)}</p>`,
    field(ids.code, words.code, 'type="text" name="totp" autocomplete="one-time-code" inputmode="text" autocapitalize="none" spellcheck="false" autofocus'),
  ].join('');
}

/** Back to the first step, keeping where the person was going. */
function startOverHref(next: string | undefined): string {
  return next && next !== '/' ? `/sign-in?${new URLSearchParams({ next }).toString()}` : '/sign-in';
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${esc(value)}">`;
}

/** A labelled, required field, as Mantine's TextInput draws it (the asterisk hidden from screen readers). */
function field(id: string, label: string, attributes: string): string {
  return `<div class="sf-field"><label for="${id}">${esc(label)}<span class="sf-required" aria-hidden="true"> *</span></label><input id="${id}" class="sf-input" ${attributes} required></div>`;
}
