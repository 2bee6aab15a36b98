import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';
import { typed } from '../../http/route';
import { sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { careTeamMembers } from '../care-teams/care-teams.tables';
import { sessionIsLive } from '../identity';
import { RealtimeHub } from './realtime.hub';
import { publishEvent, schedulePrune } from './realtime.service';
import { realtimeEvents } from './realtime.tables';

// A second stream route on a hub that beats every 100 ms and re-checks every beat, so that the
// checks the production hub makes every minute can be seen within a test.
let hub: RealtimeHub | undefined;
// And one with the production hub's timing, whose periodic re-check never comes within a test.
let slowHub: RealtimeHub | undefined;
const t = useTestApp({
  extraRoutes: async (api) => {
    api.addHook('preClose', async () => {
      await hub?.stop();
      await slowHub?.stop();
    });
    typed(api).get('/api/v1/test-events-slow', {
      config: { access: { signedIn: true } },
      handler: async (request, reply) => {
        slowHub ??= new RealtimeHub(t.deps, sessionIsLive);
        await slowHub.open(request, reply, undefined);
      },
    });
    typed(api).get('/api/v1/test-events', {
      config: { access: { signedIn: true } },
      handler: async (request, reply) => {
        hub ??= new RealtimeHub(t.deps, sessionIsLive, { heartbeatMs: 100, recheckEvery: 1 });
        await hub.open(request, reply, undefined);
      },
    });
  },
});
let base = '';

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});

async function freshCookie(who: DemoKey): Promise<string> {
  return sessionCookieFrom(await t.request({ method: 'POST', url: '/api/v1/session', body: { email: demoPeople[who].email, password: DEMO_PASSWORD } }));
}

/** The raw text of a stream on the fast hub, read as it arrives. */
async function openFastStream(cookie: string, path = '/api/v1/test-events') {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let ended = false;
  return {
    text: () => text,
    /** Reads until the pattern shows, the stream ends, or the time is up; true when the stream ended. */
    async readUntil(pattern: RegExp | null, ms: number): Promise<boolean> {
      const until = Date.now() + ms;
      while (!ended && !(pattern && pattern.test(text)) && Date.now() < until) {
        const chunk = await Promise.race([reader.read(), new Promise<undefined>((r) => setTimeout(() => r(undefined), Math.max(1, until - Date.now())))]);
        if (!chunk) break;
        if (chunk.done) ended = true;
        else text += decoder.decode(chunk.value, { stream: true });
      }
      return ended;
    },
    cancel: () => reader.cancel().catch(() => undefined),
  };
}

describe('the stream hub', () => {
  it('sends heartbeats, and ends a stream whose session is revoked', async () => {
    const cookie = await freshCookie('dana');
    const stream = await openFastStream(cookie);
    await stream.readUntil(/: keep-alive/, 2000);
    expect(stream.text()).toMatch(/"type":"ready"/);
    expect(stream.text()).toMatch(/: keep-alive/);
    expect((await t.request({ method: 'DELETE', url: '/api/v1/session', cookie })).statusCode).toBe(200);
    expect(await stream.readUntil(null, 3000)).toBe(true);
  });

  it('ends a clinician’s stream once their session has gone unused for the idle minutes (an open stream is not activity)', async () => {
    const idleBefore = t.deps.config.staffIdleMinutes;
    t.deps.config.staffIdleMinutes = 30;
    try {
      const stream = await openFastStream(await freshCookie('omar'));
      await stream.readUntil(/: keep-alive/, 2000);
      t.clock.advance(31 * 60_000 + 1_000);
      expect(await stream.readUntil(null, 3000)).toBe(true);
    } finally {
      t.deps.config.staffIdleMinutes = idleBefore;
    }
  });

  it('stops showing a client’s events once the clinician leaves the care team', async () => {
    const db = t.deps.database.db;
    const stream = await openFastStream(await freshCookie('dana'));
    await stream.readUntil(/"type":"ready"/, 2000);
    await publishEvent(db, { practiceId: t.demo.practiceId, clientId: t.demo.clients.alex, type: 'message.created', subjectId: 'before-leaving' });
    await stream.readUntil(/before-leaving/, 2000);
    expect(stream.text()).toContain('before-leaving');

    const membership = and(eq(careTeamMembers.clientId, t.demo.clients.alex), eq(careTeamMembers.clinicianId, t.demo.people.dana));
    await db.update(careTeamMembers).set({ endsAt: t.clock.now() }).where(membership);
    try {
      await stream.readUntil(null, 400); // a few re-checks
      await publishEvent(db, { practiceId: t.demo.practiceId, clientId: t.demo.clients.alex, type: 'message.created', subjectId: 'after-leaving' });
      await stream.readUntil(/after-leaving/, 600);
      expect(stream.text()).not.toContain('after-leaving');
    } finally {
      await stream.cancel();
      await db.update(careTeamMembers).set({ endsAt: null }).where(membership);
    }
  });

  it('shows a client’s events at once when a care-team change grants them, without waiting for the periodic re-check', async () => {
    const db = t.deps.database.db;
    const patelOnSam = and(eq(careTeamMembers.clientId, t.demo.clients.sam), eq(careTeamMembers.clinicianId, t.demo.people.patel));
    const [before] = await db.select({ scopes: careTeamMembers.scopes }).from(careTeamMembers).where(patelOnSam);
    await db.update(careTeamMembers).set({ scopes: [] }).where(patelOnSam);
    // The production hub's timing: it re-checks only every minute, so what shows here came from the change's own event.
    const stream = await openFastStream(await freshCookie('patel'), '/api/v1/test-events-slow');
    try {
      await stream.readUntil(/"type":"ready"/, 2000);
      await publishEvent(db, { practiceId: t.demo.practiceId, clientId: t.demo.clients.sam, type: 'message.created', subjectId: 'before-the-scope' });
      await db.transaction(async (tx) => {
        await tx
          .update(careTeamMembers)
          .set({ scopes: ['messages'] })
          .where(patelOnSam);
        await publishEvent(tx, { practiceId: t.demo.practiceId, clientId: t.demo.clients.sam, type: 'careTeam.changed', subjectId: 'scope-granted' });
      });
      await publishEvent(db, { practiceId: t.demo.practiceId, clientId: t.demo.clients.sam, type: 'message.created', subjectId: 'after-the-scope' });
      await stream.readUntil(/after-the-scope/, 3000);
      expect(stream.text()).toContain('after-the-scope');
      expect(stream.text()).not.toContain('before-the-scope');
    } finally {
      await stream.cancel();
      await db.update(careTeamMembers).set({ scopes: before!.scopes }).where(patelOnSam);
    }
  });

  it('prunes events older than a week, once a day', async () => {
    const db = t.deps.database.db;
    const now = t.clock.now();
    await db.transaction(async (tx) => {
      await publishEvent(tx, {
        practiceId: t.demo.practiceId,
        clientId: t.demo.clients.sam,
        type: 'message.created',
        subjectId: 'eight-days-old',
        at: new Date(now.getTime() - 8 * 86_400_000),
      });
      await publishEvent(tx, { practiceId: t.demo.practiceId, clientId: t.demo.clients.sam, type: 'message.created', subjectId: 'recent', at: now });
      await schedulePrune(tx, now);
    });
    t.clock.set(new Date(now.getTime() + 86_400_000 + 4 * 3_600_000));
    await t.runner.runDue();
    const left = (await db.select({ subjectId: realtimeEvents.subjectId }).from(realtimeEvents)).map((e) => e.subjectId);
    expect(left).not.toContain('eight-days-old');
    expect(left).toContain('recent');
  });
});
