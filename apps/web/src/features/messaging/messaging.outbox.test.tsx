import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SendMessageResponse } from '@steadfast/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../app/api';
import { fakeNetwork, renderRoutes } from '../../test/render';
import ClientMessagesPage from './ClientMessagesPage';
import { fakeMessagingServer, samClientId, samUserId, setBrowserOnline, stubDocumentFonts } from './messaging.fixtures';
import { Outbox, type OutboxItem } from './messaging.outbox';
import { stopOutboxes } from './useOutbox';

/** The first paint waits for the lazily loaded contracts; under a loaded test run that can take seconds. */
const slow = { timeout: 8_000 };

const storageKey = `outbox.${samUserId}`;
const stored = () => JSON.parse(window.localStorage.getItem(`steadfast.${storageKey}`) ?? '[]') as OutboxItem[];

/** A server that keeps one message per key, like the real one, and can drop off the network. */
function keyedServer() {
  const server = { online: true, calls: [] as string[], stored: new Map<string, SendMessageResponse>() };
  const send = async (item: OutboxItem): Promise<SendMessageResponse> => {
    server.calls.push(item.key);
    if (!server.online) throw new ApiError(0, 'network', 'offline');
    const known = server.stored.get(item.key);
    if (known) return known;
    const response = { message: { id: `m-${server.stored.size}`, body: item.body }, showCrisisRoutes: false } as unknown as SendMessageResponse;
    server.stored.set(item.key, response);
    return response;
  };
  return { server, send };
}

describe('the outbox', () => {
  let online = true;
  const outboxes: Outbox[] = [];
  const make = (send: (item: OutboxItem) => Promise<SendMessageResponse>) => {
    const outbox = new Outbox({ storageKey, send, canSend: () => true, isOnline: () => online, backoff: () => 5 });
    outboxes.push(outbox);
    return outbox;
  };
  beforeEach(() => {
    online = true;
  });
  afterEach(() => outboxes.splice(0).forEach((o) => o.stop()));

  it('keeps a message written offline on the device, and sends it once, with its key, when the connection returns', async () => {
    const { server, send } = keyedServer();
    const outbox = make(send);
    outbox.start();
    const sent = vi.fn();
    outbox.onSent(sent);
    online = false;
    outbox.add({ key: 'key-written-offline-1', clientId: samClientId, intent: 'soon', body: 'Can we talk about Thursday?' });
    await outbox.flush();
    expect(server.calls).toEqual([]);
    expect(stored()).toMatchObject([{ key: 'key-written-offline-1', body: 'Can we talk about Thursday?', state: 'waiting' }]);

    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await outbox.flush();
    expect(server.calls).toEqual(['key-written-offline-1']);
    expect(server.stored.size).toBe(1);
    expect(stored()).toEqual([]);
  });

  it('retries a send the network dropped with the same key every time, and the server keeps it once', async () => {
    const { server, send } = keyedServer();
    let drops = 2;
    const outbox = make(async (item) => {
      if (drops-- > 0) {
        // The request reached the server, but the answer was lost on the way back.
        await send(item);
        throw new ApiError(0, 'network', 'offline');
      }
      return send(item);
    });
    const sent = vi.fn();
    outbox.onSent(sent);
    outbox.add({ key: 'key-answer-lost-1', clientId: samClientId, intent: 'share', body: 'A good day today.' });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(server.calls).toEqual(['key-answer-lost-1', 'key-answer-lost-1', 'key-answer-lost-1']);
    expect(server.stored.size).toBe(1);
    expect(stored()).toEqual([]);
  });

  it('survives a reload: a new outbox on the same device sends what the old one kept', async () => {
    online = false;
    const first = make(keyedServer().send);
    first.add({ key: 'key-before-reload', clientId: samClientId, intent: 'before_session', body: 'Written before the reload.' });
    first.stop();

    online = true;
    const { server, send } = keyedServer();
    const second = make(send);
    expect(second.snapshot()).toMatchObject([{ key: 'key-before-reload', state: 'waiting' }]);
    second.start();
    await vi.waitFor(() => expect(server.stored.size).toBe(1));
    expect(server.calls).toEqual(['key-before-reload']);
  });

  it('keeps the words of a message the server refused, and does not send it again by itself', async () => {
    const calls: string[] = [];
    const outbox = make(async (item) => {
      calls.push(item.key);
      throw new ApiError(403, 'forbidden', 'You cannot send here.');
    });
    outbox.add({ key: 'key-refused-1', clientId: samClientId, intent: 'soon', body: 'Please keep this.' });
    await outbox.flush();
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toEqual(['key-refused-1']);
    expect(stored()).toMatchObject([{ key: 'key-refused-1', body: 'Please keep this.', state: 'refused' }]);
  });

  it('sends nothing while someone else is signed in on this device', async () => {
    const { server, send } = keyedServer();
    const outbox = new Outbox({ storageKey, send, canSend: () => false, isOnline: () => true });
    outboxes.push(outbox);
    outbox.add({ key: 'key-not-theirs', clientId: samClientId, intent: 'share', body: 'Mine.' });
    await outbox.flush();
    expect(server.calls).toEqual([]);
    expect(stored()).toHaveLength(1);
  });
});

describe('the conversation page, offline and back', () => {
  let queryClient: QueryClient | undefined;
  beforeEach(() => {
    stubDocumentFonts();
    setBrowserOnline(true);
  });
  afterEach(() => {
    if (queryClient) stopOutboxes(queryClient);
    vi.unstubAllGlobals();
    setBrowserOnline(true);
  });

  it('shows a message written offline as waiting, then sends it exactly once when the connection returns', async () => {
    const api = fakeMessagingServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    queryClient = renderRoutes([{ path: '/messages', element: <ClientMessagesPage /> }], '/messages').queryClient;
    await screen.findByText('It is okay to be okay, and I am not going anywhere.', {}, slow);

    api.state.offline = true;
    setBrowserOnline(false);
    fireEvent.change(screen.getByLabelText('Your message'), { target: { value: 'The calm feels strange again.' } });
    fireEvent.click(await screen.findByRole('radio', { name: 'I need you to know this soon' }, slow));
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));

    const waiting = await screen.findByTestId('pending-message');
    expect(within(waiting).getByText('The calm feels strange again.')).toBeTruthy();
    expect(within(waiting).getByTestId('pending-status').textContent).toBe('Waiting to send — will send when you’re back online');
    expect(screen.getByTestId('message-status').textContent).toBe('Saved on this device. It will send by itself when you are back online.');
    expect((screen.getByLabelText('Your message') as HTMLTextAreaElement).value).toBe('');
    expect(api.state.posts).toEqual([]);

    api.state.offline = false;
    setBrowserOnline(true);
    await waitFor(() => expect(screen.queryByTestId('pending-message')).toBeNull());
    expect(await screen.findByText('The calm feels strange again.')).toBeTruthy();
    expect(api.state.posts).toHaveLength(1);
    expect(api.state.posts[0]!.key).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(api.state.posts[0]!.body).toEqual({ intent: 'soon', body: 'The calm feels strange again.' });
    expect(screen.getByTestId('reply-expectation').textContent).toContain('Dana replies to ‘soon’ messages within 1 working day: by 5 pm tomorrow.');
  });

  it('keeps what is being typed through a reload, and its key from the moment writing began', async () => {
    const api = fakeMessagingServer();
    vi.stubGlobal('fetch', fakeNetwork(api.routes).fetch);
    const first = renderRoutes([{ path: '/messages', element: <ClientMessagesPage /> }], '/messages');
    queryClient = first.queryClient;
    fireEvent.change(await screen.findByLabelText('Your message', {}, slow), { target: { value: 'Half a thought' } });
    const draft = JSON.parse(window.localStorage.getItem(`steadfast.messageDraft.${samUserId}.${samClientId}`) ?? '{}') as { key?: string; body?: string };
    expect(draft.body).toBe('Half a thought');
    first.unmount();
    stopOutboxes(first.queryClient);

    queryClient = renderRoutes([{ path: '/messages', element: <ClientMessagesPage /> }], '/messages').queryClient;
    expect(((await screen.findByLabelText('Your message', {}, slow)) as HTMLTextAreaElement).value).toBe('Half a thought');
    fireEvent.click(await screen.findByRole('radio', { name: 'Just so you know' }, slow));
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() => expect(api.state.posts).toHaveLength(1));
    expect(api.state.posts[0]!.key).toBe(draft.key);
  });
});
