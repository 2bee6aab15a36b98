import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { apiSignIn, hasChromium, startJourney, type Journey } from './support/journey';

// SPEC §2.1 (issue 17): Dana shapes Sam's care team, and Sam is told in plain words who can
// now see what. Every change names the member and what they see; nothing is shared silently.
describe.skipIf(!hasChromium)('care-team journey in Chromium', () => {
  let journey: Journey;
  let dana: Page;
  let teamPath: string;

  beforeAll(async () => {
    journey = await startJourney('care-team');
    const sam = await apiSignIn(journey.url, 'sam');
    teamPath = `/clients/${sam.user.clientId}/care-team`;
    ({ page: dana } = await journey.signIn('dana'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Dana reaches Sam's care team from Sam's page and sees who sees what", async () => {
    await dana.goto(teamPath.replace('/care-team', ''));
    await dana.getByTestId('client-care-team-link').click();
    await dana.getByRole('heading', { level: 1, name: 'Sam Taylor’s care team' }).waitFor();
    await dana.getByText('Can see: Safety plan, Measures, Appointments').waitFor();
    await journey.check(dana, 'team', { laptop: true });
  });

  it("Dana adds check-ins to Dr Patel's scopes, and Sam sees the notice", async () => {
    await dana.getByRole('button', { name: 'Change what Dr Priya Patel can see' }).click();
    await dana.getByRole('article', { name: 'Dr Priya Patel' }).getByRole('checkbox', { name: 'Check-ins' }).check();
    await journey.check(dana, 'edit-scopes');
    await dana.getByRole('button', { name: 'Save changes' }).click();
    await dana.getByText('Can see: Safety plan, Measures, Appointments, Check-ins').waitFor();

    const { page: sam } = await journey.signIn('sam');
    await sam.goto('/notifications');
    await sam.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await sam.getByText('Dr Priya Patel can now see your safety plan, questionnaires, appointments and check-ins').waitFor();
    await journey.check(sam, 'sam-notice', { laptop: true });
  });

  it('Dana adds Omar, then ends his membership after confirming; he is listed as a past member', async () => {
    const add = dana.getByRole('region', { name: 'Add a member' });
    await add.getByRole('combobox', { name: 'Clinician' }).click();
    await dana.getByRole('option', { name: 'Omar Haddad' }).click();
    await add.getByRole('combobox', { name: 'Role' }).click();
    await dana.getByRole('option', { name: 'Co-therapist' }).click();
    await add.getByRole('checkbox', { name: 'Appointments' }).check();
    await add.getByRole('button', { name: 'Add to the care team' }).click();
    await dana.getByRole('heading', { level: 3, name: 'Omar Haddad' }).waitFor();

    const omar = dana.getByRole('article', { name: 'Omar Haddad' });
    await omar.getByRole('button', { name: 'End membership' }).click();
    await omar.getByText(/End Omar Haddad’s membership from/).waitFor();
    await journey.check(dana, 'confirm-end');
    await omar.getByRole('button', { name: 'Yes, end membership' }).click();
    await dana.getByRole('region', { name: 'Past members' }).getByText('Omar Haddad').waitFor();
    await journey.check(dana, 'after-end', { laptop: true });
  });

  // Ada, the practice admin, may shape a team too (SPEC §2.1), without reading the client's record:
  // her Clients page gives names and main contacts only, and the way to each care team.
  it('Ada finds Alex on her Clients page, opens his care team and adds Dr Patel as his GP', async () => {
    const { page: ada } = await journey.signIn('ada');
    await ada.goto('/clients');
    await ada.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await ada.getByRole('article', { name: 'Sam Taylor' }).getByText('Main contact: Dana Reyes').waitFor();
    await ada.getByRole('searchbox', { name: 'Find a client' }).fill('alex');
    await ada.getByRole('status').getByText('1 of 2 clients').waitFor();
    await journey.check(ada, 'ada-clients', { laptop: true });

    await ada.getByRole('link', { name: 'Alex Morgan’s care team' }).click();
    await ada.getByRole('heading', { level: 1, name: 'Alex Morgan’s care team' }).waitFor();
    const add = ada.getByRole('region', { name: 'Add a member' });
    await add.getByRole('combobox', { name: 'Clinician' }).click();
    await ada.getByRole('option', { name: 'Dr Priya Patel' }).click();
    await add.getByRole('checkbox', { name: 'Safety plan' }).check();
    await add.getByRole('button', { name: 'Add to the care team' }).click();
    await ada.getByRole('article', { name: 'Dr Priya Patel' }).getByText('Can see: Safety plan').waitFor();
    await journey.check(ada, 'ada-team', { laptop: true });

    await ada.getByRole('link', { name: 'Back to all clients' }).click();
    await ada.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  });
});
