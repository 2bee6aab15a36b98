import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startJourney, type Journey } from './support/journey';

// Issue 17 (SPEC §2.1, §2.8): Dana keeps private clinical notes on Sam, corrects one by an
// amendment that keeps what it replaced, and Sam's GP, Dr Patel, who holds no `notes` scope,
// finds neither the page nor its entries.
describe.skipIf(!hasChromium)('private clinical notes in Chromium', () => {
  let journey: Journey;
  let dana: Page;
  let samNotesPath = '';

  beforeAll(async () => {
    journey = await startJourney('clinical-notes');
    ({ page: dana } = await journey.signIn('dana'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Dana opens Sam's clinical notes from his page: the demo notes, one amended, beside her risk formulation", async () => {
    await dana.getByRole('link', { name: 'Sam Taylor' }).click();
    await dana.getByTestId('client-notes-link').click();
    await dana.getByRole('heading', { level: 1, name: 'Clinical notes: Sam Taylor' }).waitFor();
    samNotesPath = new URL(dana.url()).pathname;
    expect(samNotesPath).toMatch(/^\/clients\/[0-9a-f-]+\/notes$/);
    await dana.getByText('Sister visiting on Sunday, not Saturday.', { exact: false }).waitFor();
    await dana.getByTestId('clinical-note-replaced').getByText('Sister visiting on Saturday.', { exact: false }).waitFor();
    await dana.getByRole('complementary', { name: 'Risk formulation' }).waitFor();
    await journey.check(dana, 'dana-notes', { laptop: true });
  });

  it('Dana writes a private note, amends it, and sees both versions', async () => {
    await dana.getByLabel('New note').fill('Sam said the off-week felt long on Wednesday.');
    await dana.getByRole('button', { name: 'Save note' }).click();
    await dana.getByRole('status').getByText('Saved.').waitFor();
    const note = dana.getByTestId('clinical-note').filter({ hasText: 'felt long on Wednesday' });
    await note.waitFor();

    await note.getByRole('button', { name: 'Amend this note' }).click();
    const field = note.getByLabel('Corrected note');
    await field.fill('Sam said the off-week felt long on Thursday, after choir was cancelled.');
    await journey.check(dana, 'dana-amending');
    await note.getByRole('button', { name: 'Save amendment' }).click();

    const amended = dana.getByTestId('clinical-note').filter({ hasText: 'felt long on Thursday' });
    await amended.getByTestId('clinical-note-current').getByText('felt long on Thursday', { exact: false }).waitFor();
    await amended.getByText('What the amendment replaced').waitFor();
    await amended.getByTestId('clinical-note-replaced').getByText('Sam said the off-week felt long on Wednesday.').waitFor();
    await amended.getByText(/^Amended by Dana Reyes/).waitFor();
    await amended.getByText(/^Version 1, written by Dana Reyes/).waitFor();
    await journey.check(dana, 'dana-amended', { laptop: true });
  });

  it('Dr Patel, the GP without the notes scope, finds no link to the notes and no entries at their address', async () => {
    const { page: patel } = await journey.signIn('patel');
    await patel.getByRole('link', { name: 'Sam Taylor' }).click();
    await patel.getByRole('heading', { level: 1, name: 'Sam Taylor' }).waitFor();
    expect(await patel.getByTestId('client-notes-link').count()).toBe(0);
    expect(await patel.getByRole('link', { name: 'Clinical notes' }).count()).toBe(0);

    await patel.goto(samNotesPath);
    await patel.getByRole('alert').getByText('You are not allowed to do that.').waitFor();
    expect(await patel.getByTestId('clinical-note').count()).toBe(0);
    expect(await patel.getByText('felt long on', { exact: false }).count()).toBe(0);
    await journey.check(patel, 'patel-refused');
  });
});
