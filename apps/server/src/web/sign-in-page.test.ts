import { describe, expect, it } from 'vitest';
import { renderSignInPage } from './sign-in-page';

/** The shape of the built apps/web/dist/index.html that the server fills. */
const shell = `<!doctype html><html lang="en"><head><title>Steadfast</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head><body><div id="root"></div><noscript><p>Steadfast needs JavaScript turned on.</p></noscript></body></html>`;

describe('the server-painted sign-in page', () => {
  it('has the heading, the labelled fields, a button that waits for the app, and working links to help and a new password', () => {
    const html = renderSignInPage(shell, {}, false);
    expect(html).toContain('<div id="root" data-server-page="sign-in">');
    expect(html).toContain('<title>Sign in · Steadfast</title>');
    expect(html).toContain('<h1>Sign in</h1><p class="sf-lg">Welcome to Steadfast.</p>');
    expect(html).toContain(
      '<label for="sign-in-email">Email<span class="sf-required" aria-hidden="true"> *</span></label><input id="sign-in-email" class="sf-input" type="email" name="email" autocomplete="username" required>',
    );
    expect(html).toContain('<input id="sign-in-password" class="sf-input" type="password" name="password" autocomplete="current-password" required>');
    // Nothing can be sent before the app has arrived, and a password never goes into an address.
    expect(html).toContain('<button type="submit" class="sf-submit" disabled data-testid="sign-in-waiting">Getting ready…</button>');
    expect(html).toContain('<form class="sf-form" method="post" data-testid="sign-in-form">');
    expect(html).toContain('<a class="sf-link" href="/forgot-password">Forgot your password?</a>');
    expect(html).toContain('You do not need to sign in for that: <a class="sf-link" href="/help">see who you can talk to</a>.');
    expect(html).toContain('<a class="sf-not-okay" href="/help" data-testid="not-okay">I&#39;m not okay</a>');
    // Without script, the page says why the button waits; the shell's own apology goes.
    expect(html).toContain('<noscript><p>Signing in needs JavaScript turned on');
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
});
