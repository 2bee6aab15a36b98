import type { MeResponse } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { renderClientHome } from './home-page';
import { builtShell as shell } from './shell.fixture';

const me: MeResponse = {
  user: { id: 'u1', role: 'client', name: 'Sam </script><b>Taylor', email: 'sam@harbour.example', clientId: 'c1', totpEnabled: false, mustEnrolTotp: false },
  practice: { id: 'p1', name: 'Harbour & Co', country: 'GB', timeZone: 'Europe/London' },
  can: { managePractice: false, inviteClinicians: false, inviteClients: false, viewCaseload: false },
};

describe("the server-painted top of a client's home", () => {
  it('has "I\'m not okay" and the safety plan as plain links, and hands the app who is signed in', () => {
    const html = renderClientHome(shell, me);
    expect(html).toContain('<a class="sf-not-okay" href="/help" data-testid="not-okay">I&#39;m not okay</a>');
    expect(html).toContain('<a class="sf-button" href="/plan">Open my safety plan</a>');
    expect(html).toContain('<h1>Hello, Sam</h1>');
    expect(html).toContain('care team at Harbour &amp; Co between sessions');
    expect(html).toContain('<div id="root" data-server-page="home">');
    expect(html).toContain('<meta name="steadfast-session" content="signed-in">');
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toContain('needs JavaScript');
  });

  it("lists the home's own code for help-boot.js to fetch a file per task, and no other page's", () => {
    const html = renderClientHome(shell, me);
    expect(html).toContain('data-page-preload="/assets/ClientHomePage-jkl.js /assets/Paper-mno.js"');
    expect(html).not.toContain('SignInPage-pqr.js');
    expect(html).not.toContain('<meta name="steadfast-preload"');
  });

  it('cannot be broken out of by what a person or practice is called', () => {
    const html = renderClientHome(shell, me);
    const json = /<script type="application\/json" id="steadfast-me">([^<]*)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(json!)).toEqual(me);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });
});
