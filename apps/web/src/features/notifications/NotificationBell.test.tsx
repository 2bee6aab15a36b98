import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, renderPage } from '../../test/render';
import { NotificationBell } from './NotificationBell';
import { listOf, notification } from './notifications.fixtures';

/** The first fetch waits for the lazily loaded contracts; under a loaded test run that can take seconds. */
const slow = { timeout: 8_000 };

/** A stand-in for the browser's EventSource: the test says when it opens and what arrives. */
class FakeEventSource {
  static CLOSED = 2;
  static last: FakeEventSource | undefined;
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  send(data: object) {
    this.onmessage?.({ data: JSON.stringify(data) });
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const ids = (n: number) => `9a1b2c3d-4e5f-4a6b-8c7d-${String(n).padStart(12, '0')}`;

describe('the notification bell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeEventSource.last = undefined;
  });

  it('says how many notifications are unread in its name, and shows the number', async () => {
    vi.stubGlobal(
      'fetch',
      fakeNetwork({ 'GET /api/v1/notifications': () => listOf([notification({ id: ids(1) }), notification({ id: ids(2) }), notification({ id: ids(3) })]) })
        .fetch,
    );
    renderPage(<NotificationBell />);
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' }, slow);
    expect(bell.getAttribute('href')).toBe('/notifications');
    expect(bell.textContent).toBe('3');
  });

  it('is just "Notifications", with no number, when everything is read', async () => {
    vi.stubGlobal('fetch', fakeNetwork({ 'GET /api/v1/notifications': () => listOf([notification({ readAt: '2026-11-25T10:05:00.000Z' })]) }).fetch);
    renderPage(<NotificationBell />);
    const bell = await screen.findByRole('link', { name: 'Notifications' }, slow);
    await waitFor(() => expect(bell.getAttribute('data-unread')).toBe('0'));
    expect(bell.textContent).toBe('');
  });

  it('counts a new notification as soon as the event stream says one was written', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let stored = [notification({ id: ids(1) })];
    const network = fakeNetwork({ 'GET /api/v1/notifications': () => listOf(stored) });
    vi.stubGlobal('fetch', network.fetch);
    renderPage(<NotificationBell />);
    const bell = await screen.findByRole('link', { name: 'Notifications, 1 unread' }, slow);
    await waitFor(() => expect(FakeEventSource.last).toBeDefined(), slow);
    act(() => FakeEventSource.last!.open());
    await waitFor(() => expect(bell.getAttribute('data-live')).toBe('true'));

    stored = [notification({ id: ids(2), kind: 'message', urgent: false }), ...stored];
    const before = network.calls.length;
    act(() => FakeEventSource.last!.send({ seq: 7, type: 'notification.created', clientId: null, subjectId: ids(2), at: '2026-11-25T10:01:00.000Z' }));
    await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    expect(network.calls.length).toBeGreaterThan(before);
  });

  it('ignores events about other things (a message in an open conversation refreshes that, not the bell)', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const network = fakeNetwork({ 'GET /api/v1/notifications': () => listOf([]) });
    vi.stubGlobal('fetch', network.fetch);
    renderPage(<NotificationBell />);
    const bell = await screen.findByRole('link', { name: 'Notifications' }, slow);
    await waitFor(() => expect(FakeEventSource.last).toBeDefined(), slow);
    act(() => FakeEventSource.last!.open());
    await waitFor(() => expect(bell.getAttribute('data-live')).toBe('true'));
    await waitFor(() => expect(network.calls.length).toBe(2)); // first paint, then the stream's opening resync
    act(() => FakeEventSource.last!.send({ seq: 8, type: 'message.created', clientId: ids(9), subjectId: ids(10), at: '2026-11-25T10:02:00.000Z' }));
    await new Promise((r) => setTimeout(r, 100));
    expect(network.calls.length).toBe(2);
  });
});
