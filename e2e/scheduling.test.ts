import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, openNav, startJourney, type ApiSession, type Journey } from './support/journey';

// Issue 14: in her off-week Sam taps "request an appointment" and meets the words she agreed and
// the routes that stay open, and sends a message instead; Dana sees the step-down timeline.
const DAY = 86_400_000;
const londonDate = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(at));

describe.skipIf(!hasChromium)('appointments and step-down journeys in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let dana: Page;
  let danaApi: ApiSession;
  let samClientId: string;

  beforeAll(async () => {
    journey = await startJourney('scheduling');
    danaApi = await apiSignIn(journey.url, 'dana');
    samClientId = (await apiSignIn(journey.url, 'sam')).user.clientId!;
    // The demo's off-week starts in a few days. To meet Sam inside one, Dana and Sam re-plan
    // together: two more weekly sessions behind them, the off-week from today, then fortnightly.
    await post(`/api/v1/clients/${samClientId}/step-down-plan/step-up`, { intervalWeeks: 1 });
    const today = londonDate(Date.now());
    const plan = await post(`/api/v1/clients/${samClientId}/step-down-plan`, {
      reason: 'Things have been steadier, and we want to try a little more space between sessions, gently, with a way back.',
      firstSession: `${londonDate(Date.now() - 14 * DAY)}T11:00`,
      kind: 'video',
      phases: [
        { kind: 'sessions', intervalWeeks: 1, until: londonDate(Date.now() - DAY) },
        { kind: 'off', weeks: 1 },
        { kind: 'sessions', intervalWeeks: 2, until: null },
      ],
      reviewDates: [londonDate(Date.now() + 28 * DAY)],
      stepUpSignals: ['soon_messages'],
      endsOn: londonDate(Date.now() + 90 * DAY),
    });
    expect(plan.timeline[1]).toMatchObject({ kind: 'off', from: today });
    ({ page: sam } = await journey.signIn('sam'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  async function post(path: string, body: unknown) {
    const res = await fetch(`${journey.url}${path}`, {
      method: 'POST',
      headers: { cookie: danaApi.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { plan: { timeline: unknown[] } }).plan;
  }

  it('Sam reads the plan with its reason and promise, and says yes to it', async () => {
    await openNav(sam, 'Appointments');
    await sam.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor();
    const plan = sam.getByTestId('step-down-plan');
    await plan.getByText('A week off sessions — messages stay open').waitFor();
    await expect.poll(() => plan.getByTestId('plan-promise').textContent()).toMatch(/Fewer sessions is not the end of care/);
    await journey.check(sam, 'sam-plan-to-agree', { laptop: true });
    await plan.getByRole('button', { name: 'I agree to this plan' }).click();
    await plan.getByText(/You agreed to this plan on/).waitFor();
  });

  it('in her off-week, "Request an appointment" shows the agreed words and routes; she sends a message instead', async () => {
    await sam.getByRole('button', { name: 'Request an appointment' }).click();
    const paused = sam.getByTestId('requests-paused');
    await paused.getByText('In an off-week we agreed not to book extra appointments', { exact: false }).waitFor();
    await paused.getByRole('link', { name: 'Send a message' }).waitFor();
    await paused.getByRole('link', { name: /If it is an emergency/ }).waitFor();
    await paused.getByRole('link', { name: /Crisis lines/ }).waitFor();
    await journey.check(sam, 'sam-off-week-request', { laptop: true });

    await paused.getByRole('link', { name: 'Send a message' }).click();
    await sam.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    const body = 'I wanted to ask for an extra session, but I remembered our off-week. Just wanted you to know it is hard.';
    await sam.getByLabel('Your message').fill(body);
    await sam.getByRole('radio', { name: 'Just so you know' }).check();
    await sam.getByRole('button', { name: 'Send message' }).click();
    await sam.getByTestId('message').filter({ hasText: body }).waitFor();
    await journey.check(sam, 'sam-message-instead');
  });

  it('Dana sees the step-down timeline, its agreed signals and the one-click step back up', async () => {
    ({ page: dana } = await journey.signIn('dana'));
    await dana.getByRole('link', { name: 'Sam Taylor' }).click();
    await dana.getByTestId('client-appointments-link').click();
    await dana.getByRole('heading', { level: 1, name: 'Appointments: Sam Taylor' }).waitFor();
    const plan = dana.getByTestId('step-down-plan');
    await expect.poll(() => plan.getByTestId('plan-timeline').getByRole('listitem').count()).toBe(4);
    await plan.getByText('None raised. The plan is going as agreed.').waitFor();
    await plan.getByRole('button', { name: 'Step back up to weekly' }).waitFor();
    await journey.check(dana, 'dana-step-down-timeline', { laptop: true });
  });

  it('Dana steps back up in one click; Sam sees her off-week taken out of the agreement, as care', async () => {
    const plan = dana.getByTestId('step-down-plan');
    await plan.getByRole('button', { name: 'Step back up to weekly' }).click();
    await plan.getByText(/Back to weekly sessions/).waitFor();
    await journey.check(dana, 'dana-stepped-up', { laptop: true });

    await openNav(sam, 'Our agreement');
    await sam.getByTestId('agreement-step-up-note').getByText(/more contact, never less/).waitFor();
    await journey.check(sam, 'sam-agreement-stepped-up', { laptop: true });
    await openNav(sam, 'Appointments');
    // The plan does not update live yet (no real-time event reaches the scheduling views): Sam reloads.
    await sam.reload();
    await sam.getByTestId('step-down-plan').getByText('No longer planned: we are meeting more often again').waitFor();
    await journey.check(sam, 'sam-plan-stepped-up', { laptop: true });
  });
});
