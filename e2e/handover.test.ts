import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, startJourney, type ApiSession, type Journey } from './support/journey';

// SPEC §2.10 (issue 18), "no silent endings": Dana hands Sam over to Omar with a time together.
// Sam is told who and when, and reads Omar's introduction on their home; once the overlap is over
// Dana no longer reaches Sam's new messages, and Sam's timeline shows the handover.
describe.skipIf(!hasChromium)('handover journey in Chromium', () => {
  let journey: Journey;
  let dana: Page;
  let sam: ApiSession;
  let transitionsPath: string;

  async function post(session: ApiSession, path: string, body: unknown = {}) {
    return fetch(`${journey.url}${path}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  beforeAll(async () => {
    journey = await startJourney('handover');
    sam = await apiSignIn(journey.url, 'sam');
    transitionsPath = `/clients/${sam.user.clientId}/transitions`;
    // Dana is the demo's on-call backup, and on call reads every client's messages: the shift is
    // ended first so that only her place on Sam's care team decides what she sees.
    const ada = await apiSignIn(journey.url, 'ada');
    const { shift } = await ada.get<{ shift: { id: string } | null }>('/api/v1/on-call/now');
    if (shift) expect((await post(ada, `/api/v1/on-call/shifts/${shift.id}/end`)).status).toBe(200);
    ({ page: dana } = await journey.signIn('dana'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('Dana opens the handover from Sam’s care team, picks Omar and the dates, and edits the compiled summary', async () => {
    await dana.goto(`/clients/${sam.user.clientId}/care-team`);
    await dana.getByTestId('care-team-transitions-link').click();
    await dana.getByRole('heading', { level: 1, name: 'Changes to Sam Taylor’s care' }).waitFor();
    const form = dana.getByRole('region', { name: 'Hand over care' });
    await form.getByRole('button', { name: 'Hand over care' }).click();
    const summary = form.getByRole('textbox', { name: /Transfer summary/ });
    await expect.poll(() => summary.inputValue(), { timeout: 15_000 }).toContain('Transfer summary for Sam Taylor');
    expect(await summary.inputValue()).toContain('Safety plan');
    await form
      .getByRole('textbox', { name: 'Transfer summary (edit before sharing)' })
      .fill(`${await summary.inputValue()}\n\nFrom Dana: Sam finds mornings hardest; short messages work best.`);
    await form.getByRole('combobox', { name: 'New clinician' }).click();
    await dana.getByRole('option', { name: 'Omar Haddad' }).click();
    const inTwoWeeks = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 14 * 86_400_000));
    await form.getByLabel('New clinician is the main contact from').fill(inTwoWeeks);
    await journey.check(dana, 'start', { laptop: true });
    await form.getByRole('button', { name: 'Share summary and start handover' }).click();
    const card = dana.getByRole('article', { name: 'Dana Reyes to Omar Haddad' });
    await card.getByText('Working together').waitFor();
    await card.getByText('From Dana: Sam finds mornings hardest').waitFor();
  });

  it('Omar follows his notice to the handover, reads the summary and writes an introduction', async () => {
    const { page: omar } = await journey.signIn('omar');
    await omar.goto('/notifications');
    await omar.getByRole('link', { name: 'Sam Taylor’s care is changing hands' }).click();
    await omar.getByRole('heading', { level: 1, name: 'Sam Taylor is coming into your care' }).waitFor();
    const card = omar.getByRole('article', { name: 'Dana Reyes to Omar Haddad' });
    await card.getByTestId('transfer-summary').getByText('From Dana: Sam finds mornings hardest', { exact: false }).waitFor();
    await card
      .getByRole('textbox', { name: 'Your introduction (the client sees this)' })
      .fill('Hello Sam, I’m Omar. I’m glad to be working with you, and Dana will be with us for the next two weeks.');
    await card.getByRole('button', { name: 'Share introduction' }).click();
    await card.getByText('Hello Sam, I’m Omar.', { exact: false }).first().waitFor();
    await journey.check(omar, 'omar', { laptop: true });
  });

  it('Sam sees who is who and when, with Omar’s note, on their home', async () => {
    const { page: client } = await journey.signIn('sam');
    await client.goto('/');
    const notice = client.getByTestId('home-handover');
    await notice.getByText(/Omar Haddad is working with you alongside Dana Reyes now, and from .+ Omar Haddad will be your therapist\./).waitFor();
    await notice.getByRole('heading', { name: 'A note from Omar Haddad' }).waitFor();
    await notice.getByText('Hello Sam, I’m Omar.', { exact: false }).waitFor();
    await client.getByRole('region', { name: 'Your care team' }).getByText('Omar Haddad').waitFor();
    await journey.check(client, 'sam-home', { laptop: true });
    await client.goto('/notifications');
    await client.getByText(/From today, Omar Haddad will be working with you alongside Dana Reyes/).waitFor();
  });

  it('after the overlap Dana no longer sees Sam’s new messages (404), and the timeline shows the handover', async () => {
    const danaApi = await apiSignIn(journey.url, 'dana');
    expect((await fetch(`${journey.url}/api/v1/clients/${sam.user.clientId}/messages`, { headers: { cookie: danaApi.cookie } })).status).toBe(200);
    // The overlap ends early, today, as both clinicians agree: the dates then say Omar is primary.
    await dana.goto(transitionsPath);
    const card = dana.getByRole('article', { name: 'Dana Reyes to Omar Haddad' });
    await card.getByRole('button', { name: 'Finish the overlap today' }).click();
    await journey.check(dana, 'confirm-finish');
    await card.getByRole('button', { name: 'Yes, finish today' }).click();
    await dana.getByRole('heading', { level: 1, name: 'This client is in someone else’s care now' }).waitFor({ timeout: 15_000 });

    const sent = await fetch(`${journey.url}/api/v1/clients/${sam.user.clientId}/messages`, {
      method: 'POST',
      headers: { cookie: sam.cookie, 'content-type': 'application/json', 'idempotency-key': 'handover-e2e-hello' },
      body: JSON.stringify({ body: 'Hello Omar, nice to meet you.', intent: 'share' }),
    });
    expect(sent.status).toBe(201);
    expect((await fetch(`${journey.url}/api/v1/clients/${sam.user.clientId}/messages`, { headers: { cookie: danaApi.cookie } })).status).toBe(404);

    const { page: omar } = await journey.signIn('omar');
    await omar.goto(`/clients/${sam.user.clientId}/timeline`);
    await omar.getByText('Handover to Omar Haddad completed early: Omar Haddad is primary clinician').waitFor();
    await omar.getByText('Handover from Dana Reyes to Omar Haddad planned').waitFor();
    await journey.check(omar, 'timeline', { laptop: true });
  });

  it('Omar plans Sam’s discharge with a goodbye note; Sam reads it, keeps the plan, and asks to come back; the admin sees the request', async () => {
    const { page: omar } = await journey.signIn('omar');
    await omar.goto(transitionsPath);
    const plan = omar.getByRole('region', { name: 'Plan discharge' });
    const today = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    await plan.getByLabel('Last day with the practice').fill(today);
    await plan
      .getByRole('textbox', { name: 'Goodbye note (the client sees this)' })
      .fill('Sam, it has been good to see how far you have come. Your plan stays with you.');
    await journey.check(omar, 'plan-discharge', { laptop: true });
    await plan.getByRole('button', { name: 'Plan discharge' }).click();
    await omar.getByText(/^Discharged on /).waitFor();

    const { page: client } = await journey.signIn('sam');
    await client.goto('/');
    const card = client.getByTestId('home-discharge');
    await card.getByText(/Your time with the practice ended on/).waitFor();
    await card.getByText('Sam, it has been good to see how far you have come.', { exact: false }).waitFor();
    await card.getByText('Your safety plan and the crisis lines stay on your phone and in your account.').waitFor();
    await card.getByRole('textbox', { name: 'Anything you would like us to know (optional)' }).fill('I would like to talk again.');
    await card.getByRole('button', { name: 'I’d like to come back' }).click();
    await card.getByText('Thank you for asking. The practice has your request and will be in touch.').waitFor();
    await journey.check(client, 'sam-discharged', { laptop: true });

    const { page: ada } = await journey.signIn('ada');
    await ada.goto('/reentry-requests');
    await ada.getByRole('heading', { level: 1, name: 'Requests to come back' }).waitFor();
    await ada.getByText('I would like to talk again.').waitFor();
    await journey.check(ada, 'reentry', { laptop: true });

    // Omar welcomes Sam back: active again, and the ending is no longer news on Sam's home.
    await omar.goto(transitionsPath);
    await omar.getByText('I would like to talk again.', { exact: false }).waitFor();
    await omar.getByRole('button', { name: 'Welcome back: resume care' }).click();
    await omar.getByRole('button', { name: 'Welcome back: resume care' }).waitFor({ state: 'detached' });
    await client.goto('/notifications');
    await client.getByText('Welcome back. Your care team is here with you again.').waitFor();
    await client.goto('/');
    await client.getByTestId('home-safety-plan').waitFor();
    await client.getByRole('heading', { level: 2, name: 'Your care team' }).waitFor();
    expect(await client.getByTestId('home-discharge').count()).toBe(0);
  });
});
