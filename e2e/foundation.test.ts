import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openNav, startJourney, type Journey } from './support/journey';

// Issue 3: the walking skeleton, through a phone's browser. Sam reaches the crisis lines in one
// tap, Dana sees her caseload, and a clinician Ada invites can join and is asked to enrol 2FA.
describe.skipIf(!hasChromium)('foundation journeys in Chromium', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('foundation');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Sam opens the crisis lines from the home screen in one tap ('I'm not okay')", async () => {
    const { page } = await journey.signIn('sam');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hello, Sam');
    await page.getByRole('heading', { name: 'Your care team' }).waitFor();
    await journey.check(page, 'sam-home', { laptop: true });

    await page.getByRole('link', { name: "I'm not okay" }).click();

    await page.getByRole('heading', { level: 1, name: 'You are not alone in this' }).waitFor();
    const samaritans = page.getByRole('link', { name: 'Call 116 123' });
    await expect.poll(() => samaritans.getAttribute('href')).toBe('tel:116123');
    const notice = page.getByTestId('crisis-screen').getByTestId('not-monitored-notice');
    await expect.poll(() => notice.textContent()).toContain('not around the clock');
    await journey.check(page, 'sam-crisis', { laptop: true });
  });

  it('Dana signs in and sees Sam and Alex in her caseload', async () => {
    const { page } = await journey.signIn('dana');
    await page.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
    const clients = page.getByTestId('caseload-client');
    await expect.poll(() => clients.getByRole('heading', { level: 3 }).allTextContents()).toEqual(expect.arrayContaining(['Sam Taylor', 'Alex Morgan']));
    await journey.check(page, 'dana-caseload', { laptop: true });
  });

  it('Ada invites a clinician, who opens the e-mailed link, chooses a password and is asked to set up two-factor sign-in', async () => {
    const { page } = await journey.signIn('ada');
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await journey.check(page, 'ada-people', { laptop: true });

    await openNav(page, 'Invitations');
    const form = page.getByTestId('invite-clinician-form');
    await form.getByLabel('Name').fill('Robin Ellis');
    await form.getByLabel('Email').fill('robin@harbour.example');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByRole('status').filter({ hasText: 'Invitation sent to Robin Ellis' }).waitFor();
    await journey.check(page, 'ada-invitations', { laptop: true });

    await openNav(page, 'Outgoing mail');
    const mail = page.getByTestId('mail').filter({ hasText: 'To robin@harbour.example' });
    const link = mail.getByRole('link', { name: /\/invitation\// });
    await link.waitFor();
    await journey.check(page, 'ada-mail', { laptop: true });
    const invitationUrl = await link.getAttribute('href');
    expect(invitationUrl).toMatch(new RegExp(`^${journey.url}/invitation/`));

    // The invited person, on their own device.
    const robin = await (await journey.context()).newPage();
    await robin.goto(invitationUrl!);
    await robin.getByRole('heading', { level: 1, name: 'Welcome to Steadfast' }).waitFor();
    await robin.getByText('This account is for Robin Ellis (robin@harbour.example).').waitFor();
    await journey.check(robin, 'robin-accept');
    await robin.getByLabel(/^Password\b/).fill('harbour lights at dusk');
    await robin.getByLabel('Type it again').fill('harbour lights at dusk');
    await robin.getByRole('button', { name: 'Create my account' }).click();

    await robin.getByText('Your account is ready.').waitFor();
    expect(await robin.getByLabel('Email').inputValue()).toBe('robin@harbour.example');
    await journey.check(robin, 'robin-sign-in');
    await robin.getByLabel(/^Password\b/).fill('harbour lights at dusk');
    await robin.getByRole('button', { name: 'Sign in' }).click();

    // A real (non-demo) clinician must enrol before anything else.
    await robin.getByRole('heading', { level: 1, name: 'Two-factor sign-in' }).waitFor();
    expect(new URL(robin.url()).pathname).toBe('/two-factor');
    await robin.getByText('Your practice asks clinicians and admins to use a second step').waitFor();
    await robin.getByRole('button', { name: 'Set up two-factor sign-in' }).waitFor();
    await journey.check(robin, 'robin-two-factor', { laptop: true });
  });
});
