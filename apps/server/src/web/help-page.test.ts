import { describe, expect, it } from 'vitest';
import { renderHelpPage } from './help-page';
import { esc, fillShell } from './shell';
import { builtShell as shell } from './shell.fixture';

describe('the server-rendered crisis screen', () => {
  it('signed out: the UK and US lines with their links, and the app asked for only after the first paint', async () => {
    const html = await renderHelpPage(shell, null);
    expect(html).toContain('<a class="sf-button" href="tel:116123" data-href="tel:116123">Call 116 123</a>');
    expect(html).toContain('href="sms:85258?body=SHOUT"');
    expect(html).toContain('<a href="tel:999">999 in the UK</a> or <a href="tel:911">911 in the US</a>');
    expect(html).toContain('not around the clock');
    expect(html).toContain('<meta name="steadfast-session" content="signed-out">');
    // Nothing blocks the first paint: no module script or preload in the head, the stylesheet held back.
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).not.toContain('id="vite-plugin-pwa:register-sw"');
    expect(html).toContain(
      '<script src="/help-boot.js" data-entry="/assets/index-abc.js" data-preload="/assets/react-def.js" data-stylesheets="/assets/index-ghi.css" data-scripts="/registerSW.js" data-page-preload="" defer></script>',
    );
    expect(html).not.toContain('needs JavaScript');
    expect(html).toContain('<title>Help now · Steadfast</title>');
    // Printing needs script: the button waits, hidden, for help-boot.js.
    expect(html).toContain('<div class="sf-print" hidden><button type="button" class="sf-print-button" data-print>Print this page</button></div>');
  });

  it('escapes what it is given, and sends a shell it cannot fill as it is', () => {
    expect(esc(`<img src=x onerror="alert('a')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;a&#39;)&quot;&gt;&amp;');
    expect(fillShell(shell, '<p>x</p>', { page: 'help', title: 'Help now', signedIn: true })).toContain(
      '<div id="root" data-server-page="help"><p>x</p></div>',
    );
    const unknownShape = '<!doctype html><title>Steadfast</title>';
    expect(fillShell(unknownShape, '<p>x</p>', { page: 'help', title: 'Help now', signedIn: false })).toBe(unknownShape);
  });
});
