import type { Conversation } from '@steadfast/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, hasChromium, openNav, startJourney, type ApiSession, type Journey } from './support/journey';

// Issue 4: a `soon` message with its reply time, seen live by Dana in another browser, the receipt
// back to Sam; and a message written offline that waits on the device and is sent exactly once.
describe.skipIf(!hasChromium)('messaging journeys in Chromium', () => {
  let journey: Journey;
  let sam: Page;
  let dana: Page;
  let danaApi: ApiSession;
  let samClientId: string;

  beforeAll(async () => {
    journey = await startJourney('messaging');
    [{ page: sam }, { page: dana }, danaApi] = await Promise.all([journey.signIn('sam'), journey.signIn('dana'), apiSignIn(journey.url, 'dana')]);
    samClientId = (await apiSignIn(journey.url, 'sam')).user.clientId!;
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("Sam sends a 'soon' message and sees when to expect a reply; Dana sees it arrive without reloading; Sam sees 'Seen by Dana'", async () => {
    await openNav(sam, 'Messages');
    await sam.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await journey.check(sam, 'sam-conversation', { laptop: true });

    // Dana opens Sam's conversation from her caseload, and keeps it open.
    await dana.getByRole('link', { name: 'Sam Taylor' }).click();
    // The tab's one event stream opens with the signed-in shell (the notification bell listens on it).
    const streamOpen = dana.locator('[data-testid="notifications-bell"][data-live="true"]').waitFor();
    await dana.getByRole('main').getByRole('link', { name: 'Messages', exact: true }).click();
    await dana.getByRole('heading', { level: 1, name: 'Messages with Sam Taylor' }).waitFor();
    await streamOpen;
    await journey.check(dana, 'dana-conversation-before', { laptop: true });
    const danaNavigations = countNavigations(dana);

    const body = 'Sessions moving to fortnightly is on my mind a lot. Can we talk about it soon?';
    await sam.getByLabel('Your message').fill(body);
    await sam.getByRole('radio', { name: 'I need you to know this soon' }).check();
    await expect.poll(() => sam.getByTestId('intent-expectation').textContent()).toMatch(/^If you send it now: Dana replies to ‘soon’ messages within/);
    await journey.check(sam, 'sam-soon-chosen');
    await sam.getByRole('button', { name: 'Send message' }).click();
    const sentAt = Date.now();

    // Arrives in Dana's open conversation through the event stream: no reload, no navigation.
    const arrived = dana.getByTestId('message').filter({ hasText: body });
    await expect.poll(() => arrived.count(), { timeout: 5_000, interval: 50 }).toBe(1);
    console.log(`messaging: Sam's 'soon' message appeared in Dana's open conversation ${Date.now() - sentAt} ms after Send`);
    expect(danaNavigations()).toBe(0);

    const expectation = sam.getByTestId('reply-expectation');
    await expect
      .poll(() => expectation.textContent())
      .toMatch(/^Sent\. Dana replies to ‘soon’ messages within 1 working day: by \d{1,2}(:\d\d)? [ap]m (today|tomorrow|on \w+)/);
    await journey.check(sam, 'sam-sent', { laptop: true });

    await expect.poll(() => arrived.textContent()).toContain('Soon');
    await journey.check(dana, 'dana-conversation-arrived', { laptop: true });

    // Opening the conversation is seeing the message: the receipt reaches Sam's open page.
    const receipt = sam.getByTestId('message').filter({ hasText: body }).getByTestId('message-receipt');
    await expect.poll(() => receipt.textContent(), { timeout: 5_000 }).toMatch(/^Seen by Dana · /);
    await journey.check(sam, 'sam-seen');

    const sent = (await danaApi.get<Conversation>(`/api/v1/clients/${samClientId}/messages`)).messages.filter((m) => m.body === body);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ intent: 'soon', expectedReplyBy: expect.any(String) });
    expect(sent[0]!.seenBy.map((r) => r.name)).toEqual(['Dana']);
  });

  it('Sam writes while offline: the message waits on the device, and is sent exactly once when the connection returns', async () => {
    const body = 'Writing this on the train with no signal: the walk by the harbour helped today.';
    await sam.context().setOffline(true);
    await sam.getByLabel('Your message').fill(body);
    await sam.getByRole('radio', { name: 'Just so you know' }).check();
    await sam.getByRole('button', { name: 'Send message' }).click();

    const waiting = sam.getByTestId('pending-message').filter({ hasText: body });
    await expect.poll(() => waiting.getByTestId('pending-status').textContent()).toBe('Waiting to send — will send when you’re back online');
    await journey.check(sam, 'sam-offline-waiting', { laptop: true });

    await sam.context().setOffline(false);
    await expect.poll(() => sam.getByTestId('pending-message').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => sam.getByTestId('message').filter({ hasText: body }).count()).toBe(1);
    await journey.check(sam, 'sam-back-online');

    // The outbox is empty, so nothing is left to send again: the server holds exactly one.
    const conversation = await danaApi.get<Conversation>(`/api/v1/clients/${samClientId}/messages`);
    expect(conversation.messages.filter((m) => m.body === body)).toHaveLength(1);
  });
});

/** Counts main-frame navigations from now on (a reload or a page change would be one). */
function countNavigations(page: Page): () => number {
  let count = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) count += 1;
  });
  return () => count;
}
