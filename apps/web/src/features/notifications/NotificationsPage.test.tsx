import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { NotificationView } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import NotificationsPage from './NotificationsPage';
import { listOf, me, notification } from './notifications.fixtures';

const slow = { timeout: 8_000 };
const id = (n: number) => `9a1b2c3d-4e5f-4a6b-8c7d-${String(n).padStart(12, '0')}`;

function render(role: 'client' | 'clinician', notifications: NotificationView[]) {
  let stored = notifications;
  const network = fakeNetwork({
    'GET /api/v1/me': () => json(200, me(role)),
    'GET /api/v1/notifications': () => listOf(stored),
    'POST /api/v1/notifications/read-all': () => {
      stored = stored.map((n) => ({ ...n, readAt: n.readAt ?? '2026-11-25T11:00:00.000Z' }));
      return json(200, { ok: true });
    },
  });
  vi.stubGlobal('fetch', network.fetch);
  renderRoutes([{ path: '/notifications', element: <NotificationsPage /> }], '/notifications');
  return network;
}

describe('the notifications page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists a clinician’s notifications as the server orders them (newest first), each linking to what it is about; urgent ones stand out', async () => {
    const flag = notification({ id: id(1), createdAt: '2026-11-25T10:05:00.000Z' });
    const message = notification({
      id: id(2),
      kind: 'message',
      title: 'New message from Sam Taylor',
      urgent: false,
      subjectId: id(20),
      createdAt: '2026-11-25T10:00:00.000Z',
    });
    render('clinician', [flag, message]);
    const items = await screen.findAllByTestId('notification', {}, slow);
    expect(items.map((i) => i.getAttribute('data-urgent'))).toEqual(['true', 'false']);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe(`/flags/${flag.subjectId}`);
    expect(within(items[0]!).getByText('Urgent')).toBeTruthy();
    expect(within(items[1]!).getByRole('link', { name: 'New message from Sam Taylor' }).getAttribute('href')).toBe(`/clients/${message.clientId}/messages`);
    expect(within(items[1]!).queryByText('Urgent')).toBeNull();
  });

  it('never shows a client urgency, and takes them to their messages', async () => {
    render('client', [notification({ id: id(3), kind: 'message', title: 'New message from your care team', urgent: true })]);
    const [item] = await screen.findAllByTestId('notification', {}, slow);
    expect(item!.getAttribute('data-urgent')).toBe('false');
    expect(screen.queryByText(/urgent/i)).toBeNull();
    expect(within(item!).getByRole('link', { name: 'New message from your care team' }).getAttribute('href')).toBe('/messages');
  });

  it('marks everything read at once', async () => {
    const network = render('clinician', [notification({ id: id(4) }), notification({ id: id(5), kind: 'message', urgent: false })]);
    await waitFor(() => expect(screen.getAllByText('New')).toHaveLength(2), slow);
    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(screen.queryAllByText('New')).toHaveLength(0));
    expect(network.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/v1/notifications/read-all']);
    expect((screen.getByRole('button', { name: 'Mark all as read' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says plainly when there is nothing', async () => {
    render('client', []);
    await screen.findByText(/Nothing new\./, {}, slow);
  });
});
