import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoKey } from '../../demo/demo-people';
import { useTestApp } from '../../testing/test-app';
import { openEventStream, type SseMessage, type SseStream } from '../../testing/sse-client';

const t = useTestApp();
let base = '';

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});

async function open(who: DemoKey, lastEventId?: number): Promise<SseStream> {
  const stream = await openEventStream(base, await t.signIn(who), lastEventId === undefined ? {} : { lastEventId });
  expect(stream.status).toBe(200);
  return stream;
}

async function send(who: DemoKey, clientId: string, body: object): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${clientId}/messages`,
    cookie: await t.signIn(who),
    body,
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.statusCode).toBe(201);
  return res.json().message.id;
}

const isReady = (m: SseMessage) => m.data.type === 'ready' || m.data.type === 'resync';
const about = (type: string, subjectId?: string) => (m: SseMessage) => m.data.type === type && (subjectId === undefined || m.data.subjectId === subjectId);

describe('the event stream (SSE)', () => {
  it('refuses a stream without a session', async () => {
    const res = await fetch(`${base}/api/v1/events`);
    expect(res.status).toBe(401);
  });

  it('brings a new message to the care team’s open view within a second, as ids only', async () => {
    const dana = await open('dana');
    await dana.next(isReady);
    await t.signIn('sam');
    const started = Date.now();
    const id = await send('sam', t.demo.clients.sam, { intent: 'soon', body: 'Words that never travel on the stream.' });
    const event = await dana.next(about('message.created', id), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event.data).toEqual({ seq: Number(event.id), type: 'message.created', clientId: t.demo.clients.sam, subjectId: id, at: expect.any(String) });
    expect(JSON.stringify(dana.messages)).not.toContain('never travel');
    dana.close();
  });

  it('shows each person only what they may see: own, care team by scope, flags to on-call', async () => {
    const streams = Object.fromEntries(await Promise.all((['sam', 'alex', 'dana', 'patel', 'omar'] as const).map(async (w) => [w, await open(w)]))) as Record<
      DemoKey,
      SseStream
    >;
    await Promise.all(Object.values(streams).map((s) => s.next(isReady)));
    const id = await send('sam', t.demo.clients.sam, { intent: 'crisis', body: 'I am not safe tonight.' });

    await streams.dana.next(about('message.created', id));
    await streams.dana.next(about('flag.raised'));
    await streams.sam.next(about('message.created', id));
    await streams.patel.next(about('flag.raised'));
    await streams.omar.next(about('flag.raised'));
    await new Promise((r) => setTimeout(r, 300));

    const types = (who: DemoKey) => streams[who].messages.filter((m) => !isReady(m)).map((m) => m.data.type);
    expect(types('sam')).not.toContain('flag.raised');
    expect(streams.sam.messages.every((m) => !JSON.stringify(m.data).match(/risk|level|high|imminent/))).toBe(true);
    expect(types('alex')).toEqual([]);
    expect(types('patel')).not.toContain('message.created');
    expect(types('omar')).not.toContain('message.created');
    Object.values(streams).forEach((s) => s.close());
  });

  it('replays what was missed after Last-Event-ID, in order, then carries on live', async () => {
    const first = await open('dana');
    const ready = await first.next(isReady);
    first.close();
    const missed = [
      await send('sam', t.demo.clients.sam, { intent: 'share', body: 'one' }),
      await send('sam', t.demo.clients.sam, { intent: 'share', body: 'two' }),
    ];

    const again = await open('dana', Number(ready.id));
    await again.next(about('message.created', missed[1]));
    const created = again.messages.filter((m) => m.data.type === 'message.created').map((m) => m.data.subjectId);
    expect(created).toEqual(missed);
    const ids = again.messages.map((m) => Number(m.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const live = await send('sam', t.demo.clients.sam, { intent: 'share', body: 'three' });
    await again.next(about('message.created', live));
    again.close();
  });

  it('says resync when the gap cannot be replayed', async () => {
    const stream = await open('dana', 1_000_000_000);
    const first = await stream.next(isReady);
    expect(first.data.type).toBe('resync');
    stream.close();
  });
});
