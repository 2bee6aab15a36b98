import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { hasChromium, openNav, startJourney, type Journey } from './support/journey';

// Issue 16 (SPEC §2.6): Sam's okay plan and a pinned note are one tap from her home, and a note
// Dana leaves arrives while Sam is looking, without a reload.
describe.skipIf(!hasChromium)('okay plan and reassurance notes in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let dana: Page;

  beforeAll(async () => {
    journey = await startJourney('okay-plan');
    ({ page: sam } = await journey.signIn('sam'));
    ({ page: dana } = await journey.signIn('dana'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Sam sees Dana's pinned note on her home and opens her okay plan in one tap", async () => {
    await sam.getByRole('heading', { level: 1, name: 'Hello, Sam' }).waitFor();
    await sam
      .getByTestId('pinned-notes')
      .getByText(/It is okay to be okay/)
      .waitFor();
    await journey.check(sam, 'home', { laptop: true });
    await sam.getByTestId('pinned-notes').getByRole('link', { name: 'My okay plan' }).click();
    await sam.getByRole('heading', { level: 1, name: 'My okay plan' }).waitFor();
    await sam.getByText('Being okay is not a reason for anyone to leave.').waitFor();
    await journey.check(sam, 'okay-plan', { laptop: true });
  });

  it('Sam adds to her plan one step at a time', async () => {
    await sam.getByRole('button', { name: 'Change the plan' }).click();
    await sam.getByRole('heading', { level: 2, name: 'What is being okay like for you?' }).waitFor();
    await journey.check(sam, 'okay-plan-editor');
    await sam.getByRole('button', { name: 'Add another' }).click();
    await sam.getByRole('textbox', { name: 'Item 3' }).fill('I text Jo a photo of the harbour.');
    await sam.getByRole('button', { name: 'Stop here' }).click();
    await sam.getByText('I text Jo a photo of the harbour.').waitFor();
  });

  it('Dana writes Sam a note from her okay-plan page, and it reaches Sam live', async () => {
    await openNav(sam, 'Notes to keep');
    await sam.getByRole('heading', { level: 1, name: 'Notes to keep' }).waitFor();
    await journey.check(sam, 'notes', { laptop: true });

    await dana.getByRole('link', { name: 'Sam Taylor' }).click();
    await dana.getByTestId('client-okay-plan-link').click();
    await dana.getByRole('heading', { level: 1, name: 'Sam Taylor’s okay plan' }).waitFor();
    // Dana's caring contacts for Sam: one already sent, the next due this week, written ahead.
    await dana.getByTestId('caring-contacts').getByText('Sent', { exact: true }).first().waitFor();
    await dana.getByTestId('caring-contacts').getByText('Planned', { exact: true }).first().waitFor();
    await journey.check(dana, 'clinician-okay-plan', { laptop: true });
    await dana.getByLabel('Your note to the client').fill('Thinking of you this calm week. Nothing needed back.');
    await dana.getByRole('button', { name: 'Leave the note' }).click();
    await dana.getByText('Your note is there for them to keep.').waitFor();

    await sam.getByText('Thinking of you this calm week. Nothing needed back.').waitFor({ timeout: 15_000 });
    await journey.check(sam, 'notes-after-dana');
  });

  it('Sam asks for a new note and writes one to her future self', async () => {
    await sam.getByRole('button', { name: 'Ask for a new note' }).click();
    await sam.getByTestId('note-request-open').waitFor();
    await sam.getByLabel('Your note').fill('Calm is allowed. You are still cared for.');
    await sam.getByRole('button', { name: 'Save the note' }).click();
    await sam.getByText('A note to myself', { exact: false }).first().waitFor();
    await journey.check(sam, 'notes-to-self');
  });
});
