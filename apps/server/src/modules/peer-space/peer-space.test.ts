import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeerModerationQueue, PeerPostList, PeerSpaceView, PeerThread } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { FACTORY_PASSWORD, createClient, createOtherPractice } from '../../testing/factories';
import { openEventStream, type SseMessage, type SseStream } from '../../testing/sse-client';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';
import { messages } from '../messaging/messaging.tables';
import { realtimeEvents } from '../realtime/realtime.tables';
import { peerMembers, peerSettings } from './peer-space.tables';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });
type Who = DemoKey | { cookie: string };
const cookieOf = async (who: Who) => (typeof who === 'string' ? t.signIn(who) : who.cookie);
async function call(who: Who, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) {
  return t.request({ method, url, cookie: await cookieOf(who), ...(body === undefined ? {} : { body }) });
}
async function signInAs(email: string): Promise<{ cookie: string }> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email, password: FACTORY_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  return { cookie: sessionCookieFrom(res) };
}
const list = async (who: Who, query = '') => (await call(who, 'GET', `/api/v1/peer/posts${query}`)).json() as PeerPostList;
const thread = async (who: Who, id: string) => (await call(who, 'GET', `/api/v1/peer/posts/${id}`)).json() as PeerThread;
const RISKY = 'I am going to kill myself tonight, I have the pills ready.';

let base = '';
const posts = { sam: '', alex: '' };

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});

describe('joining the peer space (SPEC §2.11)', () => {
  it('is open in the demo practice, moderated by Omar and Ada; the admin alone configures it', async () => {
    const settings = await call('ada', 'GET', '/api/v1/peer/settings');
    expect(settings.json()).toMatchObject({ enabled: true, moderatorIds: expect.arrayContaining([t.demo.people.omar, t.demo.people.ada]) });
    expect((await call('dana', 'GET', '/api/v1/peer/settings')).statusCode).toBe(403);
    const version = settings.json().version as string;
    expect((await call('sam', 'PUT', '/api/v1/peer/settings', { enabled: false, moderatorIds: [], version })).statusCode).toBe(403);
    const unmoderated = await call('ada', 'PUT', '/api/v1/peer/settings', { enabled: true, moderatorIds: [], version });
    expect(unmoderated.statusCode).toBe(400);
    expect(unmoderated.json().error.message).toContain('at least one moderator');
    expect((await call('ada', 'PUT', '/api/v1/peer/settings', { enabled: true, moderatorIds: [t.demo.people.sam], version })).statusCode).toBe(400);
    t.clock.advance(1000);
    const both = [t.demo.people.omar, t.demo.people.ada];
    const saved = await call('ada', 'PUT', '/api/v1/peer/settings', { enabled: true, moderatorIds: both, version });
    expect(saved.json()).toMatchObject({ enabled: true, moderatorIds: expect.arrayContaining(both) });
    expect(saved.json().version).not.toBe(version);
    // A second admin's page, opened before that save, cannot undo it.
    expect((await call('ada', 'PUT', '/api/v1/peer/settings', { enabled: false, moderatorIds: both, version })).statusCode).toBe(409);
    const space = (await call('sam', 'GET', '/api/v1/peer')).json() as PeerSpaceView;
    expect(space).toMatchObject({ enabled: true, membership: null, can: { join: true, post: false, moderate: false } });
    expect(space.houseRules.length).toBeGreaterThan(3);
    expect(((await call('omar', 'GET', '/api/v1/peer')).json() as PeerSpaceView).can.moderate).toBe(true);
  });

  it('shows nothing to a client who has not joined (404), and takes no post from them', async () => {
    expect((await call('sam', 'GET', '/api/v1/peer/posts')).statusCode).toBe(404);
    expect((await call('sam', 'POST', '/api/v1/peer/posts', { title: 'Hi', body: 'Hello' })).statusCode).toBe(404);
  });

  it('refuses a pseudonym that is the client’s own name, and one already taken (any case)', async () => {
    const join = (who: DemoKey, pseudonym: string) => call(who, 'POST', '/api/v1/peer/members', { pseudonym, agreeToHouseRules: true });
    for (const name of ['Sam Taylor', 'taylor', 'SamTaylor', 'Taylor_22']) {
      const res = await join('sam', name);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.message).toContain('not your name');
    }
    expect((await call('sam', 'POST', '/api/v1/peer/members', { pseudonym: 'Harbour Light' })).statusCode).toBe(400);
    const joined = await call('sam', 'POST', '/api/v1/peer/members', { pseudonym: 'Harbour Light', agreeToHouseRules: true, shareWithCareTeam: true });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({ pseudonym: 'Harbour Light', shareWithCareTeam: true, suspended: false });
    expect((await join('alex', 'harbour LIGHT')).statusCode).toBe(409);
    expect((await join('alex', 'Quiet Fox')).statusCode).toBe(201);
    expect((await join('alex', 'Another Name')).statusCode).toBe(409);
  });

  it('tells the care team only that a client takes part, and only with their consent', async () => {
    const seen = await call('dana', 'GET', `/api/v1/clients/${t.demo.clients.sam}/peer-participation`);
    expect(seen.json()).toEqual({ participation: { joinedAt: expect.any(String) } });
    expect((await call('dana', 'GET', `/api/v1/clients/${t.demo.clients.alex}/peer-participation`)).json()).toEqual({ participation: null });
    expect((await call('alex', 'GET', `/api/v1/clients/${t.demo.clients.alex}/peer-participation`)).json().participation).not.toBeNull();
    expect((await call('sam', 'GET', `/api/v1/clients/${t.demo.clients.alex}/peer-participation`)).statusCode).toBe(404);
  });
});

describe('posts, threaded replies and reactions', () => {
  it('publishes a post at once, with its pseudonym and never its author’s name', async () => {
    const res = await call('sam', 'POST', '/api/v1/peer/posts', {
      title: 'When things are okay',
      body: 'Calm weeks feel strange to me. Anyone else? https://example.org',
    });
    expect(res.statusCode).toBe(201);
    posts.sam = res.json().post.id;
    const seen = await list('alex');
    expect(seen.posts[0]).toMatchObject({ id: posts.sam, author: { pseudonym: 'Harbour Light', isYou: false }, thoughts: 0, status: 'published' });
    expect(JSON.stringify(seen)).not.toContain('Sam');
  });

  it('nests replies like blog comments (three levels, then beside), each followed by its answers', async () => {
    const reply = async (who: DemoKey, body: string, parentId?: string) => {
      t.clock.advance(60_000);
      const res = await call(who, 'POST', `/api/v1/peer/posts/${posts.sam}/replies`, { body, ...(parentId ? { parentId } : {}) });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().reply as { id: string; depth: number; parentId: string | null };
    };
    const a = await reply('alex', 'I really relate.');
    const b = await reply('sam', 'Thank you, it helps to hear.', a.id);
    const c = await reply('alex', 'Same here.', b.id);
    const d = await reply('sam', 'One more.', c.id);
    const e = await reply('alex', 'A second thought on the post.');
    expect([a.depth, b.depth, c.depth, d.depth]).toEqual([1, 2, 3, 3]);
    expect(d.parentId).toBe(b.id);
    const order = (await thread('sam', posts.sam)).replies.map((r) => r.id);
    expect(order).toEqual([a.id, b.id, c.id, d.id, e.id]);
    expect((await list('sam')).posts[0]!.thoughts).toBe(5);
  });

  it('counts reactions with who reacted, and one per member and kind', async () => {
    const res = await call('alex', 'POST', `/api/v1/peer/posts/${posts.sam}/reactions`, { kind: 'relate' });
    expect(res.statusCode).toBe(201);
    expect((await call('alex', 'POST', `/api/v1/peer/posts/${posts.sam}/reactions`, { kind: 'relate' })).statusCode).toBe(200);
    const post = (await thread('sam', posts.sam)).post;
    expect(post.reactions).toEqual([
      { kind: 'relate', count: 1, mine: false, by: ['Quiet Fox'] },
      { kind: 'care', count: 0, mine: false, by: [] },
    ]);
    const removed = await call('alex', 'DELETE', `/api/v1/peer/posts/${posts.sam}/reactions`, { kind: 'relate' });
    expect(removed.json().reactions[0]).toMatchObject({ count: 0, mine: false });
  });

  it('holds exactly one reaction when one member sends the same one 50 times at once', async () => {
    const cookie = await t.signIn('alex');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.request({ method: 'POST', url: `/api/v1/peer/posts/${posts.sam}/reactions`, cookie, body: { kind: 'care' } })),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.every((r) => [200, 201].includes(r.statusCode))).toBe(true);
    expect((await thread('sam', posts.sam)).post.reactions[1]).toMatchObject({ kind: 'care', count: 1 });
  });

  it('counts 50 members reacting at once exactly: 50', async () => {
    const db = t.deps.database.db;
    const people = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const { person, client } = await createClient(db, t.demo.practiceId, t.demo.people.dana);
        await db
          .insert(peerMembers)
          .values({ practiceId: t.demo.practiceId, clientId: client.id, userId: person.id, pseudonym: `Wave ${i}`, agreedToRulesAt: new Date() });
        return person.email;
      }),
    );
    const cookies = [];
    for (const email of people) cookies.push(await signInAs(email));
    const results = await Promise.all(cookies.map((c) => call(c, 'POST', `/api/v1/peer/posts/${posts.sam}/reactions`, { kind: 'relate' })));
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const relate = (await thread('sam', posts.sam)).post.reactions[0]!;
    expect(relate.count).toBe(50);
    expect(relate.by).toHaveLength(3);
  });

  it('orders by newest or by most related-to, a page at a time', async () => {
    t.clock.advance(60_000);
    const second = await call('alex', 'POST', '/api/v1/peer/posts', { title: 'A small win', body: 'I went for a walk today.' });
    posts.alex = second.json().post.id;
    const newest = await list('sam', '?limit=1');
    expect(newest.posts.map((p) => p.id)).toEqual([posts.alex]);
    const next = await list('sam', `?limit=1&cursor=${newest.nextCursor}`);
    expect(next.posts.map((p) => p.id)).toEqual([posts.sam]);
    const related = await list('sam', '?order=related&limit=1');
    expect(related.posts.map((p) => p.id)).toEqual([posts.sam]);
    expect((await list('sam', `?order=related&limit=1&cursor=${related.nextCursor}`)).posts.map((p) => p.id)).toEqual([posts.alex]);
    expect((await call('sam', 'GET', '/api/v1/peer/posts?cursor=broken')).statusCode).toBe(400);
  });

  it('pages the related order as it stood on the first page: a post that gains reactions meanwhile is neither skipped nor repeated', async () => {
    t.clock.advance(60_000);
    const newer = (await call('alex', 'POST', '/api/v1/peer/posts', { title: 'Rain again', body: 'Staying in with a book.' })).json().post.id as string;
    const first = await list('sam', '?order=related&limit=2');
    expect(first.posts.map((p) => p.id)).toEqual([posts.sam, newer]);
    // Alex's older post, below the cursor, now has more reactions than the cursor's post.
    t.clock.advance(1_000);
    expect((await call('sam', 'POST', `/api/v1/peer/posts/${posts.alex}/reactions`, { kind: 'relate' })).statusCode).toBe(201);
    const rest = await list('sam', `?order=related&limit=2&cursor=${first.nextCursor}`);
    expect(rest.posts.map((p) => p.id)).toEqual([posts.alex]);
    // The post shows its reactions as they are now; a first page read afresh orders by them too.
    expect(rest.posts[0]!.reactions.find((r) => r.kind === 'relate')?.count).toBe(1);
    expect((await list('sam', '?order=related&limit=3')).posts.map((p) => p.id)).toEqual([posts.sam, posts.alex, newer]);
  });
});

describe('screening before publishing: a held post is seen by its author and the moderators only', () => {
  let held = '';
  let heldReply = '';
  let streams: Record<'sam' | 'alex' | 'omar' | 'dana', SseStream>;
  const isReady = (m: SseMessage) => m.data.type === 'ready' || m.data.type === 'resync';

  beforeAll(async () => {
    const open = async (who: DemoKey) => openEventStream(base, await t.signIn(who));
    streams = { sam: await open('sam'), alex: await open('alex'), omar: await open('omar'), dana: await open('dana') };
    await Promise.all(Object.values(streams).map((s) => s.next(isReady)));
  });

  it('answers 202 {status:"held"} with the crisis routes, and offers it to the author alone', async () => {
    const res = await call('alex', 'POST', '/api/v1/peer/posts', { title: 'Tonight', body: RISKY });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'held', itemId: expect.any(String), showCrisisRoutes: true });
    held = res.json().itemId;
    const reply = await call('alex', 'POST', `/api/v1/peer/posts/${posts.sam}/replies`, { body: RISKY });
    expect(reply.statusCode).toBe(202);
    heldReply = reply.json().itemId;
  });

  it('never shows it to another member: not in lists, counts, threads, search or by id', async () => {
    const samList = await list('sam');
    expect(samList.posts.map((p) => p.id)).not.toContain(held);
    expect((await call('sam', 'GET', `/api/v1/peer/posts/${held}`)).statusCode).toBe(404);
    const samThread = await thread('sam', posts.sam);
    expect(samThread.replies.map((r) => r.id)).not.toContain(heldReply);
    expect(samThread.post.thoughts).toBe(5);
    expect((await list('sam', '?q=pills')).posts).toEqual([]);
    expect((await call('sam', 'POST', `/api/v1/peer/posts/${held}/reactions`, { kind: 'care' })).statusCode).toBe(404);
    // Its author sees it, waiting.
    const own = await list('alex');
    expect(own.posts.find((p) => p.id === held)).toMatchObject({ status: 'held', author: { isYou: true }, can: { sendToCareTeam: true, reply: false } });
  });

  it('never announces it on another member’s event stream, nor the care team’s', async () => {
    const fence = await call('sam', 'POST', '/api/v1/peer/posts', { title: 'Fence', body: 'Hello everyone.' });
    const fenceId = fence.json().post.id as string;
    await streams.sam.next((m) => m.data.subjectId === fenceId, 5000);
    await streams.omar.next((m) => m.data.type === 'peer.held' && m.data.subjectId === held, 5000);
    await streams.alex.next((m) => m.data.type === 'peer.held' && m.data.subjectId === heldReply, 5000);
    for (const id of [held, heldReply]) {
      expect(JSON.stringify(streams.sam.messages)).not.toContain(id);
      expect(JSON.stringify(streams.dana.messages)).not.toContain(id);
    }
    expect(streams.dana.messages.some((m) => String(m.data.type).startsWith('peer.'))).toBe(false);
    const rows = await t.deps.database.db.select().from(realtimeEvents).where(eq(realtimeEvents.subjectId, held));
    expect(rows.every((r) => r.type === 'peer.held' && r.userId !== null && r.clientId === null)).toBe(true);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([t.demo.people.alex, t.demo.people.omar, t.demo.people.ada]));
    for (const s of Object.values(streams)) s.close();
  });

  it('sends it, with one tap, to the author’s own care team as a "soon" message, once', async () => {
    const first = await call('alex', 'POST', `/api/v1/peer/items/${heldReply}/send-to-care-team`, {});
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ intent: 'soon' });
    const again = await call('alex', 'POST', `/api/v1/peer/items/${heldReply}/send-to-care-team`, {});
    expect(again.json().messageId).toBe(first.json().messageId);
    const sent = await t.deps.database.db.select().from(messages).where(eq(messages.id, first.json().messageId));
    expect(sent[0]).toMatchObject({ clientId: t.demo.clients.alex, intent: 'soon' });
    expect((await call('sam', 'POST', `/api/v1/peer/items/${heldReply}/send-to-care-team`, {})).statusCode).toBe(404);
  });

  it('queues it for the named moderators only, who release it with a reason, audited', async () => {
    expect((await call('dana', 'GET', '/api/v1/peer/moderation')).statusCode).toBe(404);
    expect((await call('sam', 'GET', '/api/v1/peer/moderation')).statusCode).toBe(403);
    const queue = (await call('omar', 'GET', '/api/v1/peer/moderation')).json() as PeerModerationQueue;
    expect(queue.held.map((i) => i.id)).toEqual(expect.arrayContaining([held, heldReply]));
    expect(queue.held.find((i) => i.id === held)!.screenReasons.length).toBeGreaterThan(0);
    expect(queue.held.find((i) => i.id === heldReply)!.sentToCareTeam).toBe(true);
    expect(queue.held.find((i) => i.id === held)!.sentToCareTeam).toBe(false);
    expect((await call('omar', 'POST', `/api/v1/peer/items/${held}/moderation`, { action: 'release' })).statusCode).toBe(400);
    const released = await call('omar', 'POST', `/api/v1/peer/items/${held}/moderation`, {
      action: 'release',
      reason: 'Checked in with the author; fine to share.',
    });
    expect(released.json()).toEqual({ status: 'published' });
    expect((await call('omar', 'POST', `/api/v1/peer/items/${held}/moderation`, { action: 'release', reason: 'again' })).statusCode).toBe(409);
    expect((await list('sam')).posts.map((p) => p.id)).toContain(held);
    const audited = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'peer.release'), eq(auditEvents.subjectId, held)));
    expect(audited[0]).toMatchObject({ actorId: t.demo.people.omar, reason: 'Checked in with the author; fine to share.' });
  });
});

describe('reporting, hiding and suspending', () => {
  it('lets any member report; a moderator hides and restores it, and suspends a member, each with a reason', async () => {
    const report = await call('sam', 'POST', `/api/v1/peer/items/${posts.alex}/report`, { reason: 'Feels unkind.' });
    expect(report.statusCode).toBe(201);
    const queue = (await call('ada', 'GET', '/api/v1/peer/moderation')).json() as PeerModerationQueue;
    expect(queue.reported.find((i) => i.id === posts.alex)?.reports).toEqual([{ reason: 'Feels unkind.', at: expect.any(String) }]);
    await call('ada', 'POST', `/api/v1/peer/items/${posts.alex}/moderation`, { action: 'hide', reason: 'Against house rule 2.' });
    expect((await call('sam', 'GET', `/api/v1/peer/posts/${posts.alex}`)).statusCode).toBe(404);
    await call('ada', 'POST', `/api/v1/peer/items/${posts.alex}/moderation`, { action: 'restore', reason: 'On reflection, fine.' });
    expect((await call('sam', 'GET', `/api/v1/peer/posts/${posts.alex}`)).statusCode).toBe(200);
    const alexMember = queue.reported.find((i) => i.id === posts.alex)!.author.memberId;
    const suspended = await call('omar', 'POST', `/api/v1/peer/members/${alexMember}/standing`, { suspended: true, reason: 'Cooling off.' });
    expect(suspended.json()).toMatchObject({ suspended: true });
    expect((await call('alex', 'POST', '/api/v1/peer/posts', { title: 'x', body: 'y' })).statusCode).toBe(403);
    expect((await call('alex', 'GET', '/api/v1/peer/posts')).statusCode).toBe(200);
    await call('omar', 'POST', `/api/v1/peer/members/${alexMember}/standing`, { suspended: false, reason: 'Back.' });
    const actions = await t.deps.database.db
      .select({ action: auditEvents.action, reason: auditEvents.reason })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, alexMember));
    expect(actions.filter((a) => a.action !== 'peer.join')).toEqual(
      expect.arrayContaining([
        { action: 'peer.suspend', reason: 'Cooling off.' },
        { action: 'peer.reinstate', reason: 'Back.' },
      ]),
    );
  });
});

describe('flooding', () => {
  it('answers 429 with when to try again, after five posts in an hour', async () => {
    const db = t.deps.database.db;
    const { person, client } = await createClient(db, t.demo.practiceId, t.demo.people.dana);
    await db
      .insert(peerMembers)
      .values({ practiceId: t.demo.practiceId, clientId: client.id, userId: person.id, pseudonym: 'Busy Bee', agreedToRulesAt: new Date() });
    const me = await signInAs(person.email);
    for (let i = 0; i < 5; i += 1) expect((await call(me, 'POST', '/api/v1/peer/posts', { title: `Post ${i}`, body: 'Hello.' })).statusCode).toBe(201);
    const refused = await call(me, 'POST', '/api/v1/peer/posts', { title: 'One more', body: 'Hello.' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.message).toContain('still here');
    t.clock.advance(61 * 60_000);
    expect((await call(me, 'POST', '/api/v1/peer/posts', { title: 'Later', body: 'Hello again.' })).statusCode).toBe(201);
  });
});

describe('another practice', () => {
  it('never sees a post: its members and staff get 404', async () => {
    const other = await createOtherPractice(t.deps.database.db);
    await t.deps.database.db.insert(peerSettings).values({ practiceId: other.practice.id, enabled: true });
    await t.deps.database.db
      .insert(peerMembers)
      .values({ practiceId: other.practice.id, clientId: other.client.id, userId: other.clientPerson.id, pseudonym: 'Far Away', agreedToRulesAt: new Date() });
    const them = await signInAs(other.clientPerson.email);
    expect((await call(them, 'GET', `/api/v1/peer/posts/${posts.sam}`)).statusCode).toBe(404);
    expect((await call(them, 'POST', `/api/v1/peer/posts/${posts.sam}/replies`, { body: 'Hi' })).statusCode).toBe(404);
    const admin = await signInAs(other.admin.email);
    expect((await call(admin, 'POST', `/api/v1/peer/items/${posts.sam}/moderation`, { action: 'hide', reason: 'x' })).statusCode).toBe(404);
    expect((await call(admin, 'GET', `/api/v1/clients/${t.demo.clients.sam}/peer-participation`)).statusCode).toBe(404);
  });
});
