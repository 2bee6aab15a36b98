import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCapture, type SmtpCapture } from '../apps/server/src/testing/smtp-capture';
import { hasChromium, startJourney, type Journey } from './support/journey';

// Issue 18: Dana forgot her password. She asks for a link on the sign-in page, the e-mail reaches
// a real SMTP server, its link lets her choose a new password, and she signs in with it.
describe.skipIf(!hasChromium)('password reset in Chromium', () => {
  let smtp: SmtpCapture;
  let journey: Journey;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    journey = await startJourney('password-reset', { env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await journey?.close();
    await smtp?.close();
  });

  it('Dana asks for a link, opens the mailed link, chooses a new password and is signed in', async () => {
    const page = await (await journey.context()).newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();

    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await journey.check(page, 'forgot');
    await page.getByLabel('Email').fill('dana@harbour.example');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByTestId('reset-link-sent').filter({ hasText: 'If an account uses this address, we have sent a link' }).waitFor();
    await journey.check(page, 'forgot-sent');

    // The demo practice's own notices reach Dana too: hers is the one about a new password.
    const resetMail = () => smtp.received.find((m) => m.to.includes('dana@harbour.example') && m.subject === 'Choose a new Steadfast password');
    await expect.poll(() => Boolean(resetMail()), { timeout: 20_000 }).toBe(true);
    const mail = resetMail()!;
    const link = /(http\S+\/reset-password#token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(link?.startsWith(`${journey.url}/reset-password#token=`)).toBe(true);

    // Opened from the e-mail, as a new tab would.
    const reset = await (await journey.context()).newPage();
    await reset.goto(link!);
    await reset.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    // The token leaves the address bar once read.
    await expect.poll(() => new URL(reset.url()).hash).toBe('');
    await journey.check(reset, 'choose');
    await reset.getByLabel(/^New password/).fill('harbour lights at dusk');
    await reset.getByLabel(/^Type it again/).fill('harbour lights at dusk');
    await reset.getByRole('button', { name: 'Set my new password' }).click();

    await reset.getByText('Your new password is set').waitFor();
    expect(await reset.getByLabel('Email').inputValue()).toBe('dana@harbour.example');
    await journey.check(reset, 'sign-in-after');
    await reset.getByLabel(/^Password\b/).fill('harbour lights at dusk');
    await reset.getByRole('button', { name: 'Sign in' }).click();
    await reset.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
    expect(await reset.getByRole('heading', { level: 1 }).count()).toBe(1);
  });
});
