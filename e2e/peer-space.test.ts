import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, openNav, startJourney, type ApiSession, type Journey } from './support/journey';

// SPEC §2.11 (issue 20): the peer space, like the comments under a blog post but safe. Sam joins
// under a pseudonym and posts; Alex joins, replies and reacts, and Sam's open page shows it live.
// Alex's risky reply is held: Alex sees warm words, the crisis screen and one tap to send it to
// Dana instead. Omar, a named moderator, releases another held post.
describe.skipIf(!hasChromium)('peer space journey in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let alex: Page;
  let postPath = '';
  const title = 'When things are okay';

  beforeAll(async () => {
    journey = await startJourney('peer-space');
    ({ page: sam } = await journey.signIn('sam'));
    ({ page: alex } = await journey.signIn('alex'));
  });
  afterAll(async () => {
    await journey?.close();
  });

  async function join(page: Page, pseudonym: string) {
    await openNav(page, 'Peer space');
    await page.getByRole('heading', { level: 1, name: 'Peer space' }).waitFor();
    await page.getByRole('textbox', { name: 'Your pseudonym' }).fill(pseudonym);
    await page.getByRole('checkbox', { name: 'I have read the house rules and agree to them' }).check();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByTestId('peer-me').getByText(`You are ${pseudonym} here.`).waitFor();
  }

  it('Ada, the admin, finds the space open with Omar and herself as its moderators', async () => {
    const { page: ada } = await journey.signIn('ada');
    await openNav(ada, 'Peer space');
    await ada.getByRole('heading', { level: 1, name: 'Peer space settings' }).waitFor();
    expect(await ada.getByTestId('peer-enabled').isChecked()).toBe(true);
    await ada.getByText('Omar Haddad').first().waitFor();
    await journey.check(ada, 'settings', { laptop: true });
    await ada.getByRole('button', { name: 'Save' }).click();
    await ada.getByText('Saved.').waitFor();
  });

  it('Sam reads the house rules, is kindly refused their own name as a pseudonym, joins and posts', async () => {
    await openNav(sam, 'Peer space');
    await sam.getByTestId('peer-house-rules').waitFor();
    await journey.check(sam, 'join', { laptop: true });
    await sam.getByRole('textbox', { name: 'Your pseudonym' }).fill('Sam T');
    await sam.getByRole('checkbox', { name: 'I have read the house rules and agree to them' }).check();
    await sam.getByRole('button', { name: 'Join' }).click();
    await sam.getByText('Please choose a pseudonym that is not your name').waitFor();
    await join(sam, 'Harbour Light');
    await sam.getByRole('textbox', { name: 'Title' }).fill(title);
    await sam.getByRole('textbox', { name: 'What would you like to share?' }).fill('Calm weeks feel strange to me, like waiting for the floor to drop. Anyone else?');
    await sam.getByRole('button', { name: 'Post' }).click();
    await sam.getByTestId('peer-posted').waitFor();
    await sam.getByRole('link', { name: `Read “${title}”` }).waitFor();
    await journey.check(sam, 'space', { laptop: true });
    // Sam lets Dana know they take part: Dana sees that, and nothing of what Sam wrote.
    // The box shows what the server holds: it is ticked once the change is saved.
    await sam.getByRole('checkbox', { name: 'Let my care team see that I take part (never what I write)' }).click();
    await expect.poll(() => sam.getByRole('checkbox', { name: 'Let my care team see that I take part (never what I write)' }).isChecked()).toBe(true);
    const { page: dana } = await journey.signIn('dana');
    const samApi = await apiSignIn(journey.url, 'sam');
    await dana.goto(`/clients/${samApi.user.clientId}`);
    await dana.getByTestId('peer-participation').getByText('Takes part in the peer space', { exact: false }).waitFor();
    expect(await dana.getByText('Calm weeks feel strange').count()).toBe(0);
    await sam.getByRole('link', { name: `Read “${title}”` }).click();
    await sam.getByRole('heading', { level: 2, name: `No thoughts yet on “${title}”` }).waitFor();
    postPath = new URL(sam.url()).pathname;
  });

  it('Alex joins, reacts and replies; Sam’s open post shows the reply and the reaction live', async () => {
    await join(alex, 'Quiet Fox');
    await alex.getByRole('link', { name: `Read “${title}”` }).click();
    const post = alex.getByTestId('peer-post');
    await post.getByTestId('peer-react-relate').click();
    await post.getByText('Related to by you').waitFor();
    await alex.getByRole('textbox', { name: 'Your reply' }).fill('I really relate. Calm weeks feel strange to me too.');
    await alex.getByRole('button', { name: 'Reply', exact: true }).click();
    await alex.getByRole('heading', { level: 2, name: `1 thought on “${title}”` }).waitFor();
    // Sam's page was open all along: the event stream brings both without a reload.
    await sam.getByRole('heading', { level: 2, name: `1 thought on “${title}”` }).waitFor({ timeout: 10_000 });
    await sam.getByTestId('peer-post').getByText('Related to by Quiet Fox').waitFor();
    await sam.getByRole('button', { name: 'Reply to Quiet Fox' }).click();
    const first = sam.getByTestId('peer-reply').first();
    await first.getByRole('textbox', { name: 'Reply to Quiet Fox' }).fill('Thank you. It helps to know it is not just me.');
    await first.getByRole('button', { name: 'Reply', exact: true }).click();
    const replies = sam.getByTestId('peer-reply');
    await expect.poll(() => replies.count()).toBe(2);
    expect(await replies.nth(1).getAttribute('data-depth')).toBe('2');
    await journey.check(sam, 'thread', { laptop: true });
  });

  it('Alex’s risky reply is held: warm words, the crisis screen, and one tap sends it to Dana instead', async () => {
    await alex.goto(postPath);
    await alex.getByRole('textbox', { name: 'Your reply' }).fill('Honestly I want to kill myself tonight.');
    await alex.getByRole('button', { name: 'Reply', exact: true }).click();
    const support = alex.getByTestId('peer-support');
    await support.getByText('Thank you for sharing this').waitFor();
    await alex.getByTestId('crisis-screen').waitFor();
    await journey.check(alex, 'support', { laptop: true });
    await alex.getByTestId('peer-send-to-team').click();
    await alex.getByTestId('peer-sent-to-team').waitFor();
    await alex.getByRole('link', { name: 'Open my messages' }).click();
    await alex.getByText('Honestly I want to kill myself tonight.', { exact: false }).first().waitFor();
    // Nobody else in the space sees it: Sam's thread still has two thoughts.
    await sam.reload();
    await sam.getByRole('heading', { level: 2, name: `2 thoughts on “${title}”` }).waitFor();
    expect(await sam.getByText('Honestly I want to kill myself tonight.').count()).toBe(0);
  });

  it('Omar, a named moderator, releases another held post with a reason, and Sam sees it', async () => {
    const samApi: ApiSession = await apiSignIn(journey.url, 'sam');
    const held = await fetch(`${journey.url}/api/v1/peer/posts`, {
      method: 'POST',
      headers: { cookie: samApi.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'A harder week', body: 'Some nights I still think about killing myself. Writing here helps me hold on.' }),
    });
    expect(held.status).toBe(202);
    const { page: omar } = await journey.signIn('omar');
    await openNav(omar, 'Peer moderation');
    const queue = omar.getByTestId('peer-queue-held');
    const item = queue.getByRole('article', { name: 'A harder week' });
    await item.waitFor();
    await journey.check(omar, 'moderation', { laptop: true });
    await item.getByRole('button', { name: 'Release' }).click();
    await item.getByText('Please give a reason first.').waitFor();
    await item.getByRole('textbox', { name: 'Your reason (recorded)' }).fill('Spoke with the author’s team; safe to share, and others may relate.');
    await item.getByRole('button', { name: 'Release' }).click();
    await queue.getByRole('article', { name: 'A harder week' }).waitFor({ state: 'detached' });
    await sam.goto('/peer');
    await sam.getByRole('link', { name: 'Read “A harder week”' }).waitFor();
  });
});
