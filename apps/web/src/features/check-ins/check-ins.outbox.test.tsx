import type { CheckinResponse } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../app/api';
import { Outbox } from '../../app/outbox';
import { samClientId, samUserId } from '../messaging/messaging.fixtures';
import type { CheckinOutboxItem } from './check-ins.outbox';

const storageKey = `checkinOutbox.${samUserId}`;
const stored = () => JSON.parse(window.localStorage.getItem(`steadfast.${storageKey}`) ?? '[]') as CheckinOutboxItem[];

/** A server that keeps one check-in per day and applies a key once, and can drop off the network. */
function dayServer() {
  const server = { online: true, calls: [] as string[], days: new Map<string, number>(), keys: new Set<string>() };
  const send = async (item: CheckinOutboxItem): Promise<CheckinResponse> => {
    server.calls.push(item.key);
    if (!server.online) throw new ApiError(0, 'network', 'offline');
    if (!server.keys.has(item.key)) {
      server.keys.add(item.key);
      server.days.set(item.body.date, item.body.mood);
    }
    return { checkin: { date: item.body.date, mood: server.days.get(item.body.date) }, showCrisisRoutes: false, updated: false } as unknown as CheckinResponse;
  };
  return { server, send };
}

describe('the shared device outbox, holding check-ins', () => {
  let online = true;
  const outboxes: Outbox<CheckinOutboxItem, CheckinResponse>[] = [];
  const make = (send: (item: CheckinOutboxItem) => Promise<CheckinResponse>) => {
    const outbox = new Outbox<CheckinOutboxItem, CheckinResponse>({
      storageKey,
      isItem: (v) => typeof v.body === 'object',
      send,
      canSend: () => true,
      isOnline: () => online,
      backoff: () => 5,
      slotOf: (i) => `${i.clientId}/${i.body.date}`,
    });
    outboxes.push(outbox);
    return outbox;
  };
  afterEach(() => {
    outboxes.splice(0).forEach((o) => o.stop());
    online = true;
  });

  it('keeps a check-in written offline and sends it once, with the key made when it was written, when the connection returns', async () => {
    const { server, send } = dayServer();
    const outbox = make(send);
    outbox.start();
    online = false;
    outbox.add({ key: 'checkin-key-offline-1', clientId: samClientId, body: { date: '2026-12-02', mood: 6 } });
    await outbox.flush();
    expect(server.calls).toEqual([]);
    expect(stored()).toMatchObject([{ key: 'checkin-key-offline-1', body: { date: '2026-12-02', mood: 6 }, state: 'waiting' }]);

    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(stored()).toEqual([]));
    expect(server.calls).toEqual(['checkin-key-offline-1']);
    expect(server.days.get('2026-12-02')).toBe(6);
  });

  it('a changed answer for the same day replaces the waiting one: one send, the last answer', async () => {
    const { server, send } = dayServer();
    online = false;
    const outbox = make(send);
    outbox.add({ key: 'first', clientId: samClientId, body: { date: '2026-12-02', mood: 3 } });
    outbox.add({ key: 'yesterday', clientId: samClientId, body: { date: '2026-12-01', mood: 5 } });
    outbox.add({ key: 'second', clientId: samClientId, body: { date: '2026-12-02', mood: 7 } });
    expect(stored().map((i) => i.key)).toEqual(['second', 'yesterday']);

    online = true;
    await outbox.flush();
    expect(server.calls).toEqual(['second', 'yesterday']);
    expect(Object.fromEntries(server.days)).toEqual({ '2026-12-02': 7, '2026-12-01': 5 });
  });

  it('survives the page being closed: a new outbox on the same device sends what the old one kept, once', async () => {
    online = false;
    const first = make(dayServer().send);
    first.add({ key: 'before-close', clientId: samClientId, body: { date: '2026-12-02', mood: 4 } });
    first.stop();

    online = true;
    const { server, send } = dayServer();
    const second = make(send);
    expect(second.snapshot()).toMatchObject([{ key: 'before-close', state: 'waiting' }]);
    second.start();
    await vi.waitFor(() => expect(server.days.size).toBe(1));
    await second.flush();
    expect(server.calls).toEqual(['before-close']);
  });

  it('retries with the same key when the answer is lost, and the server applies it once', async () => {
    const { server, send } = dayServer();
    let drops = 2;
    const outbox = make(async (item) => {
      if (drops-- > 0) {
        await send(item);
        throw new ApiError(0, 'network', 'offline');
      }
      return send(item);
    });
    outbox.add({ key: 'lost-answer', clientId: samClientId, body: { date: '2026-12-02', mood: 8 } });
    await vi.waitFor(() => expect(stored()).toEqual([]));
    expect(server.calls).toEqual(['lost-answer', 'lost-answer', 'lost-answer']);
    expect(server.keys.size).toBe(1);
  });

  it('keeps a check-in the server refused, and does not send it again by itself', async () => {
    const calls: string[] = [];
    const outbox = make(async (item) => {
      calls.push(item.key);
      throw new ApiError(400, 'validation_failed', 'Unknown urge.');
    });
    outbox.add({ key: 'refused', clientId: samClientId, body: { date: '2026-12-02', mood: 2 } });
    await outbox.flush();
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toEqual(['refused']);
    expect(stored()).toMatchObject([{ key: 'refused', state: 'refused' }]);
  });
});
