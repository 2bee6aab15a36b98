import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stopDeviceOutboxes } from '../../app/outbox';
import { fakeNetwork, renderRoutes } from '../../test/render';
import { samClientId, samUserId, setBrowserOnline, stubDocumentFonts } from '../messaging/messaging.fixtures';
import { fakeCheckinServer, samConfig } from './check-ins.fixtures';
import { addDays, dayName } from './check-ins.dates';
import CheckinPage from './CheckinPage';

/** The first paint waits for the lazily loaded contracts; under a loaded test run that can take seconds. */
const slow = { timeout: 8_000 };
const today = samConfig().today;

// Each test paints the page more than once; a loaded machine needs more than the default 5 s.
describe("Sam's check-in for today", { timeout: 30_000 }, () => {
  let queryClient: QueryClient | undefined;
  beforeEach(() => {
    stubDocumentFonts();
    setBrowserOnline(true);
  });
  afterEach(() => {
    if (queryClient) stopDeviceOutboxes(queryClient);
    vi.unstubAllGlobals();
    setBrowserOnline(true);
  });

  const open = (path = '/check-in') => {
    const rendered = renderRoutes([{ path: '/check-in', element: <CheckinPage /> }], path);
    queryClient = rendered.queryClient;
    return rendered;
  };
  const tap = (group: string, choice: string) => fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: choice }));

  it('asks only what Dana configured, one tap per answer, and shows that the care team received it', async () => {
    const api = fakeCheckinServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    open();
    await screen.findByRole('group', { name: 'How is your mood today?' }, slow);
    expect(screen.getAllByRole('radio', { name: /^\d+$/ }).length).toBe(11 + 3 * 6);
    expect(screen.getByRole('group', { name: 'Urge to skip meals' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Did you take your medication?' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Did you drink enough water?' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Did you eat your meals?' })).toBeNull();
    expect(screen.queryByLabelText('How many hours did you sleep?')).toBeNull();

    tap('How is your mood today?', '7');
    tap('Urge to hurt myself', '1');
    fireEvent.click(screen.getByRole('checkbox', { name: 'I acted on it: Urge to drop my own care' }));
    tap('Did you take your medication?', 'Yes');
    fireEvent.click(screen.getByRole('button', { name: 'Send check-in' }));

    const status = await screen.findByTestId('checkin-receipt-status', {}, slow);
    await waitFor(() => expect(status.textContent).toMatch(/^Your care team received it at \d{1,2}:\d\d [ap]m\.$/));
    expect(api.state.posts).toHaveLength(1);
    const { clientKey, ...body } = api.state.posts[0]!;
    expect(body).toEqual({ date: today, mood: 7, urges: { selfHarm: 1 }, actedOn: ['sabotage'], medication: 'yes' });
    expect(clientKey).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(window.localStorage.getItem(`steadfast.checkinDraft.${samUserId}.${samClientId}.${today}`)).toBeNull();
  });

  it('needs a mood before sending, and says so kindly', async () => {
    const api = fakeCheckinServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Send check-in' }, slow));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a mood from 0 to 10 to send your check-in.');
    expect(api.state.posts).toEqual([]);
  });

  it('keeps the answers as they are given through a reload, per person and day', async () => {
    const api = fakeCheckinServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    const first = open();
    await screen.findByRole('group', { name: 'How is your mood today?' }, slow);
    tap('How is your mood today?', '4');
    fireEvent.change(screen.getByLabelText('Anything you want your care team to know'), { target: { value: 'Half a thought' } });
    first.unmount();
    stopDeviceOutboxes(first.queryClient);

    open();
    await screen.findByRole('group', { name: 'How is your mood today?' }, slow);
    expect((within(screen.getByRole('group', { name: 'How is your mood today?' })).getByRole('radio', { name: '4' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Anything you want your care team to know') as HTMLTextAreaElement).value).toBe('Half a thought');
  });

  it('offline, keeps the check-in on the device and sends it exactly once when the connection returns', async () => {
    const api = fakeCheckinServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    open();
    await screen.findByRole('group', { name: 'How is your mood today?' }, slow);
    api.state.offline = true;
    setBrowserOnline(false);
    tap('How is your mood today?', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Send check-in' }));

    const status = await screen.findByTestId('checkin-receipt-status');
    expect(status.textContent).toBe('Saved on this device. It will go to your care team by itself when you are back online.');
    expect(api.state.posts).toEqual([]);

    api.state.offline = false;
    setBrowserOnline(true);
    await waitFor(() => expect(screen.getByTestId('checkin-receipt-status').textContent).toMatch(/^Your care team received it at/), slow);
    expect(api.state.posts).toHaveLength(1);
    expect(api.state.writes).toBe(1);
  });

  it('can be changed the same day: the form starts from what was sent, and the update replaces it', async () => {
    const api = fakeCheckinServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    open();
    await screen.findByRole('group', { name: 'How is your mood today?' }, slow);
    tap('How is your mood today?', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Send check-in' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change today’s answers' }, slow));
    expect((within(screen.getByRole('group', { name: 'How is your mood today?' })).getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true);
    tap('How is your mood today?', '6');
    fireEvent.click(screen.getByRole('button', { name: 'Update check-in' }));
    await waitFor(() => expect(screen.getByTestId('checkin-receipt-status').textContent).toMatch(/^Your changes reached your care team at/), slow);
    expect(api.state.byDate.size).toBe(1);
    expect(api.state.byDate.get(today)?.mood).toBe(6);
    expect(new Set(api.state.posts.map((p) => p.clientKey)).size).toBe(2);
  });

  it('fills in yesterday when the clinician allows it: the day written is yesterday, not today', async () => {
    const api = fakeCheckinServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    open('/check-in?day=yesterday');
    const yesterday = addDays(today, -1);
    await screen.findByRole('heading', { level: 1, name: `Check-in for ${dayName(yesterday)}` }, slow);
    await screen.findByRole('group', { name: 'How was your mood that day?' }, slow);
    tap('How was your mood that day?', '6');
    fireEvent.click(screen.getByRole('button', { name: 'Send check-in' }));
    await waitFor(() => expect(api.state.posts).toHaveLength(1), slow);
    expect(api.state.posts[0]).toMatchObject({ date: yesterday, mood: 6 });
    expect(screen.queryByRole('button', { name: 'Change today’s answers' })).toBeNull();
  });
});
