import type { MeasuresDue } from '@steadfast/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughPage } from './support/browser';
import { apiSignIn, demoEmail, hasChromium, startJourney, type ApiSession, type Journey } from './support/journey';

// Issue 13, second part: Dana's open caseload shows a check-in the moment it arrives (the event
// stream, no reload); Dana sets a PHQ-9 "before each appointment", and once an appointment is
// near, Alex's home offers it for that appointment.
describe.skipIf(!hasChromium)('live check-ins and measures before appointments in Chromium', { timeout: 300_000 }, () => {
  let journey: Journey;
  let dana: Page;
  let danaApi: ApiSession;
  let alexApi: ApiSession;
  let alexId: string;
  let today: string;

  async function send(who: ApiSession, method: 'POST' | 'PUT', path: string, body: unknown) {
    const res = await fetch(`${journey.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: who.cookie },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return res.json() as Promise<Record<string, unknown>>;
  }

  beforeAll(async () => {
    journey = await startJourney('check-ins-live');
    [danaApi, alexApi] = await Promise.all([apiSignIn(journey.url, 'dana'), apiSignIn(journey.url, 'alex')]);
    alexId = alexApi.user.clientId!;
    today = (await danaApi.get<{ today: string }>(`/api/v1/clients/${alexId}/checkins/config`)).today;
    const context = await journey.context();
    dana = await context.newPage();
    await signInThroughPage(dana, journey.url, demoEmail('dana'));
    await dana.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
  });
  afterAll(async () => {
    await journey?.close();
  });

  const alexLine = () =>
    dana
      .getByTestId('caseload-client')
      .filter({ has: dana.getByRole('heading', { level: 3, name: 'Alex Morgan' }) })
      .getByTestId('caseload-checkins');

  it("Alex checks in and Dana's open caseload line says so without a reload", async () => {
    // Alex's pattern is sparse: the demo leaves no check-in today.
    await expect.poll(() => alexLine().textContent()).not.toMatch(/^Last check-in today/);
    await journey.check(dana, 'dana-caseload-before');
    let navigations = 0;
    dana.on('framenavigated', (frame) => {
      if (frame === dana.mainFrame()) navigations += 1;
    });
    await send(alexApi, 'POST', `/api/v1/clients/${alexId}/checkins`, { mood: 6 });
    await expect.poll(() => alexLine().textContent(), { timeout: 10_000 }).toMatch(/^Last check-in today/);
    expect(navigations).toBe(0);
    await journey.check(dana, 'dana-caseload-live', { laptop: true });
  });

  it('Dana sets the PHQ-9 before each appointment; with one in two days, Alex’s home offers it for that appointment', async () => {
    await alexLine().getByRole('link').click();
    await dana.getByRole('heading', { level: 1, name: 'Check-ins: Alex Morgan' }).waitFor();
    const panel = dana.getByTestId('measure-schedule');
    await panel.getByLabel('PHQ-9: when', { exact: true }).click();
    await dana.getByRole('option', { name: 'Before each appointment' }).click();
    await panel.getByText('Before each appointment: open 3 days before it').waitFor();
    await panel.getByRole('button', { name: 'Save schedule' }).click();
    await panel.getByRole('status').getByText('Saved.').waitFor();
    await journey.check(dana, 'dana-measures-before-appointments', { laptop: true });
    const saved = await danaApi.get<MeasuresDue>(`/api/v1/clients/${alexId}/measures/due`);
    expect(saved.schedule).toMatchObject({ phq9BeforeAppointments: true, phq9EveryWeeks: null });

    // An appointment two days from now, at a time of day no demo appointment uses.
    const [y, m, d] = today.split('-').map(Number);
    const inTwoDays = new Date(Date.UTC(y!, m! - 1, d! + 2)).toISOString().slice(0, 10);
    await send(danaApi, 'POST', `/api/v1/clients/${alexId}/appointments`, { start: `${inTwoDays}T17:10`, kind: 'video', durationMinutes: 30 });
    const due = await alexApi.get<MeasuresDue>(`/api/v1/clients/${alexId}/measures/due`);
    expect(due.due).toEqual([expect.objectContaining({ instrument: 'phq9', expiresOn: inTwoDays, beforeAppointmentAt: expect.any(String) })]);

    const { page: alex } = await journey.signIn('alex');
    const card = alex.getByTestId('measures-due');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toMatch(/PHQ-9, whenever suits you before your appointment on /);
    await journey.check(alex, 'alex-home-measure-before-appointment', { laptop: true });
    await card.getByRole('link', { name: 'Answer the PHQ-9' }).click();
    await alex.getByRole('heading', { level: 1, name: 'PHQ-9 questionnaire' }).waitFor();
  });
});
