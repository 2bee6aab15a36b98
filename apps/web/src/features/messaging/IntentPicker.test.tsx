import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, renderRoutes } from '../../test/render';
import ClientMessagesPage from './ClientMessagesPage';
import { fakeMessagingServer, intentChoices, setBrowserOnline, stubDocumentFonts } from './messaging.fixtures';
import { stopOutboxes } from './useOutbox';

/** The first paint waits for the lazily loaded contracts; under a loaded test run that can take seconds. */
const slow = { timeout: 8_000 };

let queryClient: QueryClient | undefined;

function renderPage(options: Parameters<typeof fakeMessagingServer>[0] = {}) {
  const api = fakeMessagingServer(options);
  vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
  queryClient = renderRoutes([{ path: '/messages', element: <ClientMessagesPage /> }], '/messages').queryClient;
  return api;
}

/** No level, badge or priority ever reaches a client (CLINICAL.md §3.2); "at risk" in a crisis line's words is fine. */
const riskLabel = /imminent|priority|risk level|concern|no risk words/i;

/** The words that describe a radio (aria-describedby), as a screen reader reads them. */
function description(radio: HTMLElement): string {
  return (radio.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the intent picker', () => {
  beforeEach(() => {
    stubDocumentFonts();
    setBrowserOnline(true);
  });
  afterEach(() => {
    if (queryClient) stopOutboxes(queryClient);
    vi.unstubAllGlobals();
  });

  it('is one labelled group of choices, each named plainly and explained in the server’s words', async () => {
    renderPage();
    const group = await screen.findByRole('group', { name: 'What kind of message is this?' }, slow);
    const radios = await within(group).findAllByRole('radio', {}, slow);
    expect(radios).toHaveLength(4);
    for (const [i, choice] of intentChoices.entries()) {
      const radio = within(group).getByRole('radio', { name: choice.label });
      expect(radio).toBe(radios[i]);
      expect(description(radio)).toBe(choice.explanation);
      expect((radio as HTMLInputElement).checked).toBe(false);
    }
  });

  it('says, for the chosen kind, when a reply would come if it were sent now', async () => {
    renderPage();
    const soon = await screen.findByRole('radio', { name: 'I need you to know this soon' }, slow);
    expect(screen.queryByTestId('intent-expectation')).toBeNull();
    fireEvent.click(soon);
    expect((soon as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('intent-expectation').textContent).toBe(
      'If you send it now: Dana replies to ‘soon’ messages within 1 working day: by 5 pm tomorrow.',
    );
    expect(description(soon)).toContain('by 5 pm tomorrow');
    fireEvent.click(await screen.findByRole('radio', { name: 'Before our next session' }, slow));
    expect(screen.getByTestId('intent-expectation').textContent).toContain('by 5 pm on Friday');
  });

  it('asks for a choice before sending, and moves focus to it', async () => {
    const api = renderPage();
    fireEvent.change(await screen.findByLabelText('Your message', {}, slow), { target: { value: 'Hello' } });
    // The choices come with their own read, which may arrive after the field: as a person would, send once they show.
    const first = await screen.findByRole('radio', { name: 'Just so you know' }, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(screen.getByText('Choose what kind of message this is, so your care team knows what you need.')).toBeTruthy();
    expect(document.activeElement).toBe(first);
    expect(api.state.posts).toEqual([]);
  });

  it('offers the crisis routes the moment “I’m not safe” is chosen, and shows the crisis screen on sending, with no risk words', async () => {
    const api = renderPage();
    fireEvent.change(await screen.findByLabelText('Your message', {}, slow), { target: { value: 'I do not feel safe tonight' } });
    fireEvent.click(await screen.findByRole('radio', { name: 'I’m not safe' }, slow));
    expect(screen.getByTestId('crisis-chosen').textContent).toContain('You do not have to wait for a reply');
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));

    // At once, before the server has answered: the same screen as /help.
    expect(await screen.findByTestId('crisis-screen', {}, slow)).toBeTruthy();
    await waitFor(() => expect(api.state.posts).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('crisis-message-status').textContent).toContain('Your message has been sent.'));
    expect(screen.getByTestId('crisis-routes').textContent).not.toMatch(riskLabel);
  });

  it('shows the same crisis screen when the server asks for it after any kind of message', async () => {
    renderPage({ showCrisisRoutes: () => true });
    fireEvent.change(await screen.findByLabelText('Your message', {}, slow), { target: { value: 'Some words' } });
    fireEvent.click(await screen.findByRole('radio', { name: 'Just so you know' }, slow));
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByTestId('crisis-screen', {}, slow)).toBeTruthy();
    expect(screen.getByTestId('crisis-message-status').textContent).toContain('Your message has been sent.');
    expect(screen.getByTestId('crisis-routes').textContent).not.toMatch(riskLabel);
    fireEvent.click(screen.getByRole('button', { name: 'Back to your messages' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Messages' })).toBeTruthy();
  });
});
