import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, openNav, startJourney, type ApiSession, type Journey } from './support/journey';

// Issue 14 (SPEC §2.3): a clinician absence is never silent. Sam sees who covers before she
// writes, and reads a proposed change beside the agreement in force before signing it.
describe.skipIf(!hasChromium)('contact agreement journeys in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let dana: ApiSession;

  async function post(path: string, body: unknown) {
    const res = await fetch(`${journey.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: dana.cookie },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return res.json() as Promise<Record<string, unknown>>;
  }

  beforeAll(async () => {
    journey = await startJourney('agreements');
    dana = await apiSignIn(journey.url, 'dana');
    const omar = (await apiSignIn(journey.url, 'omar')).user.id;
    const now = Date.now();
    // Dana is away from an hour ago for a week, with Omar covering: set by the clinician alone.
    await post('/api/v1/me/absences', {
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 7 * 86_400_000).toISOString(),
      coverClinicianId: omar,
      note: 'Unwell',
    });
    ({ page: sam } = await journey.signIn('sam'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('Sam sees who covers on her home and before she writes a message', async () => {
    await sam.getByRole('heading', { level: 1, name: 'Hello, Sam' }).waitFor();
    const notice = sam.getByTestId('cover-notice');
    await notice.getByText(/Dana is away until .*Omar is covering/).waitFor();
    await journey.check(sam, 'home-cover', { laptop: true });

    await openNav(sam, 'Messages');
    await sam.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await sam
      .getByTestId('cover-notice')
      .getByText(/your messages go to Omar/)
      .waitFor();
    await journey.check(sam, 'messages-cover', { laptop: true });
  });

  it('Sam reads a proposed change beside the agreement in force, and signs it', async () => {
    const { current } = await dana.get<{ current: { version: number; terms: Record<string, unknown> } }>(`/api/v1/clients/${await samClientId()}/agreement`);
    await post(`/api/v1/clients/${await samClientId()}/agreement/proposals`, {
      terms: { ...current.terms, sessions: 'fortnightly', replyWindows: { before_session: { workingDays: 2 }, soon: { workingHours: 6 } } },
    });

    await openNav(sam, 'Our agreement');
    await sam.getByRole('heading', { level: 1, name: 'Our agreement' }).waitFor();
    await sam.getByTestId('agreement-version-in_force').getByText('Weekly sessions').waitFor();
    const proposal = sam.getByTestId('agreement-version-proposed');
    await proposal.getByText('Sessions every two weeks').waitFor();
    await proposal.getByText('Waiting for you to sign').waitFor();
    await sam.getByText('No promises not to message in the off-week, but I won’t ask for an appointment.').first().waitFor();
    await journey.check(sam, 'proposed-change', { laptop: true });

    await sam.getByRole('button', { name: 'I agree: sign this version' }).click();
    await sam.getByTestId('agreement-version-in_force').getByText('Sessions every two weeks').waitFor();
    expect(await sam.getByTestId('agreement-version-proposed').count()).toBe(0);
    await journey.check(sam, 'signed');
    const after = await dana.get<{ current: { version: number; terms: { sessions: string } } }>(`/api/v1/clients/${await samClientId()}/agreement`);
    // One after the version in force (the demo's step-down plan may already have added its off-week).
    expect(after.current).toMatchObject({ version: current.version + 1, terms: { sessions: 'fortnightly' } });
  });

  it('Dana sees her time away and the agreement from her side', async () => {
    const { page } = await journey.signIn('dana');
    await page.goto('/absences');
    await page.getByRole('heading', { level: 1, name: 'Time away and cover' }).waitFor();
    await page.getByText(/Omar Haddad covers · Unwell/).waitFor();
    await journey.check(page, 'dana-absences', { laptop: true });
    await page.goto(`/clients/${await samClientId()}/agreement`);
    await page.getByRole('heading', { level: 1, name: /Contact agreement with Sam/ }).waitFor();
    await journey.check(page, 'dana-agreement', { laptop: true });
  });

  let samId: string | undefined;
  async function samClientId(): Promise<string> {
    samId ??= (await apiSignIn(journey.url, 'sam')).user.clientId!;
    return samId;
  }
});
