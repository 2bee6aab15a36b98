import { describe, expect, it } from 'vitest';
import { renderSignInPage } from './sign-in-page';
import { builtShell as shell } from './shell.fixture';

describe('the server-painted sign-in page', () => {
  it('has the heading, the labelled fields, a button that sends the form to the server, and working links to help and a new password', () => {
    const html = renderSignInPage(shell, {}, false);
    expect(html).toContain('<div id="root" data-server-page="sign-in">');
    expect(html).toContain('<title>Sign in · Steadfast</title>');
    expect(html).toContain('<h1>Sign in</h1><p class="sf-lg">Welcome to Steadfast.</p>');
    expect(html).toContain(
      '<label for="sign-in-email">Email<span class="sf-required" aria-hidden="true"> *</span></label><input id="sign-in-email" class="sf-input" type="email" name="email" autocomplete="username" required>',
    );
    expect(html).toContain('<input id="sign-in-password" class="sf-input" type="password" name="password" autocomplete="current-password" required>');
    // The server signs the person in (sign-in-form.ts): posted, so a password never goes into an address.
    expect(html).toContain('<button type="submit" class="sf-submit">Sign in</button>');
    expect(html).toContain('<form class="sf-form" method="post" action="/sign-in" data-testid="sign-in-form">');
    expect(html).not.toContain('autofocus');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('<a class="sf-link" href="/forgot-password">Forgot your password?</a>');
    expect(html).toContain('You do not need to sign in for that: <a class="sf-link" href="/help">see who you can talk to</a>.');
    expect(html).toContain('<a class="sf-not-okay" href="/help" data-testid="not-okay">I&#39;m not okay</a>');
    // It works without script: the shell's apology goes, and nothing is loaded for the app here.
    expect(html).not.toContain('<noscript>');
    expect(html).not.toContain('Steadfast needs JavaScript');
    expect(html).toContain('<meta name="steadfast-session" content="signed-out">');
    expect(html).not.toMatch(/<script type="module"/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it('fills in the address it was given, escaped, and tells the app whether it saw a session', () => {
    const html = renderSignInPage(shell, { email: '"><script>alert(1)</script>@x.example' }, true);
    expect(html).toContain('autocomplete="username" value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;@x.example" required>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<meta name="steadfast-session" content="signed-in">');
  });

  it('the second step: the code field, the first step carried along hidden and escaped, and a way back', () => {
    const html = renderSignInPage(shell, { email: 'dana@harbour.example', next: '/caseload', codeStep: { password: 'a"b<c>&' } }, false);
    expect(html).toContain('<title>One more step · Steadfast</title>');
    expect(html).toContain('<h1>One more step</h1>');
    expect(html).toContain('<input type="hidden" name="email" value="dana@harbour.example">');
    expect(html).toContain('<input type="hidden" name="password" value="a&quot;b&lt;c&gt;&amp;">');
    expect(html).toContain('<input type="hidden" name="next" value="/caseload">');
    expect(html).toContain('<input id="sign-in-code" class="sf-input" type="text" name="totp" autocomplete="one-time-code"');
    expect(html).toContain('autofocus required>');
    expect(html).toContain('<button type="submit" class="sf-submit">Continue</button>');
    expect(html).toContain('<a class="sf-link" href="/sign-in?next=%2Fcaseload">Use a different account</a>');
    expect(html).not.toContain('type="password"');
  });

  it('came back refused: says why where the app would, keeps the address and puts the caret in the password', () => {
    const html = renderSignInPage(shell, { email: 'sam@harbour.example', error: 'That email & password do not match.' }, false);
    expect(html).toContain('<div class="sf-alert" role="alert" data-testid="sign-in-error">That email &amp; password do not match.</div>');
    expect(html).toContain('value="sam@harbour.example" required>');
    expect(html).toContain('autocomplete="current-password" autofocus required>');
    expect(html.indexOf('role="alert"')).toBeGreaterThan(html.indexOf('name="password"'));
    expect(html.indexOf('role="alert"')).toBeLessThan(html.indexOf('type="submit"'));
  });
});
