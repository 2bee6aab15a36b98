import { describe, expect, it } from 'vitest';
import type { FlagDetail, TriageItem, TriageQueue } from '@steadfast/contracts';
import { createOtherPractice } from '../../testing/factories';
import { useTestApp, type TestApp } from '../../testing/test-app';
import { systemCtx } from '../../http/context';
import { eventsAfter } from '../realtime';
import { screenAndFlag } from './risk.service';

const t = useTestApp();

const PILLS = "I have the pills in front of me and I'm going tonight";

let keys = 0;
/** A client's message through the real route, as the app sends it. */
async function send(app: TestApp, who: 'sam' | 'alex', body: string, intent = 'soon') {
  const clientId = app.demo.clients[who];
  keys += 1;
  const res = await app.request({
    method: 'POST',
    url: `/api/v1/clients/${clientId}/messages`,
    cookie: await app.signIn(who),
    body: { intent, body },
    headers: { 'idempotency-key': `flags-test-${keys}-${Date.now()}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { message: { id: string }; showCrisisRoutes: boolean };
}

async function triage(app: TestApp, who: 'omar' | 'dana' | 'patel' | 'sam' | 'alex' | 'ada') {
  return app.request({ method: 'GET', url: '/api/v1/triage', cookie: await app.signIn(who) });
}

function itemFor(queue: TriageQueue, messageId: string): TriageItem | undefined {
  return queue.items.find((i) => i.messageId === messageId);
}

describe('an imminent message reaches the triage queue', () => {
  it('Sam sees crisis routes and no risk label; the message enters the queue of Omar (on call) and Dana (primary)', async () => {
    const sent = await send(t, 'sam', PILLS);
    expect(sent.showCrisisRoutes).toBe(true);
    expect(JSON.stringify(sent)).not.toMatch(/imminent|risk|level|flag/i);

    for (const who of ['omar', 'dana'] as const) {
      const res = await triage(t, who);
      expect(res.statusCode).toBe(200);
      const item = itemFor(res.json(), sent.message.id);
      expect(item, who).toBeDefined();
      expect(item).toMatchObject({
        clientId: t.demo.clients.sam,
        clientName: 'Sam Taylor',
        sourceType: 'message',
        level: 'imminent',
        canAcknowledge: true,
        escalationStep: null,
      });
      expect(item!.excerpt!.text).toBe(PILLS);
      const marked = item!.excerpt!.highlights.map((h) => item!.excerpt!.text.slice(h.start, h.end));
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.join(' ')).toMatch(/pills|tonight/);
      expect(item!.reasons.every((r) => typeof r.phrase === 'string')).toBe(true);
      // The practice default window for imminent risk is 5 minutes.
      expect(Date.parse(item!.dueBy) - Date.parse(item!.createdAt)).toBe(5 * 60_000);
    }
    expect((await triage(t, 'omar')).json().onCallNow).toBe(true);
  });

  it('never reaches a client (Sam or Alex) or the admin: the queue is for clinicians (403)', async () => {
    for (const who of ['sam', 'alex', 'ada'] as const) {
      const res = await triage(t, who);
      expect(res.statusCode, who).toBe(403);
      expect(res.body).not.toContain('imminent');
    }
  });

  it('a GP on the care team without the messages scope sees the flag but not the words', async () => {
    const sent = await send(t, 'sam', 'I want to kill myself tonight, I have it all planned');
    const item = itemFor((await triage(t, 'patel')).json(), sent.message.id);
    expect(item).toBeDefined();
    expect(item!.excerpt).toBeUndefined();
    expect(item!.reasons.length).toBeGreaterThan(0);
    expect(item!.reasons.every((r) => r.phrase === undefined && r.span === undefined)).toBe(true);
    expect(JSON.stringify(item)).not.toContain('kill myself');
  });

  it('a crisis message whose words screen low still enters the queue, at high, with the client’s own "not safe" as its reason', async () => {
    const sent = await send(t, 'alex', 'Can you call me please', 'crisis');
    expect(sent.showCrisisRoutes).toBe(true);
    const item = itemFor((await triage(t, 'omar')).json(), sent.message.id);
    expect(item).toMatchObject({ level: 'high', clientName: 'Alex Morgan' });
    expect(item!.reasons[0]!.construct).toBe('crisis_intent');
    expect(Date.parse(item!.dueBy) - Date.parse(item!.createdAt)).toBe(30 * 60_000);
    // Dana is Alex's primary too; Patel is not on Alex's care team and not on call.
    expect(itemFor((await triage(t, 'dana')).json(), sent.message.id)).toBeDefined();
    expect(itemFor((await triage(t, 'patel')).json(), sent.message.id)).toBeUndefined();
  });

  it('orders open risk first, imminent before high, then by time left before the window breaches', async () => {
    const items = ((await triage(t, 'omar')).json() as TriageQueue).items;
    const open = items.filter((i) => !i.acknowledgedAt);
    const rank = (i: TriageItem) => (i.level === 'imminent' ? 0 : 1);
    for (let i = 1; i < open.length; i += 1) {
      const [a, b] = [open[i - 1]!, open[i]!];
      expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.dueBy <= b.dueBy)).toBe(true);
    }
    expect(open[0]!.level).toBe('imminent');
  });
});

describe('acknowledging a flag', () => {
  it('needs a note, ends the flag with who and when, and a second acknowledgement is a 409 naming them', async () => {
    const sent = await send(t, 'sam', PILLS);
    const item = itemFor((await triage(t, 'omar')).json(), sent.message.id)!;
    const omar = await t.signIn('omar');
    const url = `/api/v1/flags/${item.flagId}/acknowledge`;

    for (const body of [{}, { note: '' }, { note: '   ' }, { note: 'x'.repeat(2001) }, { note: 'ok', level: 'none' }]) {
      const res = await t.request({ method: 'POST', url, cookie: omar, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }

    t.clock.advance(2 * 60_000);
    const res = await t.request({
      method: 'POST',
      url,
      cookie: omar,
      body: { note: 'Phoned Sam; safe with partner tonight; plan reviewed.', outcome: 'contacted' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as FlagDetail;
    expect(detail.flag).toMatchObject({
      acknowledgedAt: t.clock.now().toISOString(),
      acknowledgedBy: { name: 'Omar Haddad' },
      canAcknowledge: false,
      nextEscalationAt: null,
    });
    expect(detail.history.at(-1)).toMatchObject({
      kind: 'acknowledged',
      by: { name: 'Omar Haddad' },
      note: 'Phoned Sam; safe with partner tonight; plan reviewed.',
      outcome: 'contacted',
    });

    const again = await t.request({ method: 'POST', url, cookie: await t.signIn('dana'), body: { note: 'Also seen.' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'conflict',
      details: { acknowledgedAt: t.clock.now().toISOString(), acknowledgedBy: { name: 'Omar Haddad' } },
    });

    // Handled flags stay in the queue, after the open ones, showing who handled them.
    const queue = (await triage(t, 'dana')).json() as TriageQueue;
    const handled = itemFor(queue, sent.message.id)!;
    expect(handled.acknowledgedBy!.name).toBe('Omar Haddad');
    const firstHandled = queue.items.findIndex((i) => i.acknowledgedAt);
    expect(queue.items.slice(firstHandled).every((i) => i.acknowledgedAt)).toBe(true);
  });

  it('the flag’s detail shows its history to the care team, and publishes real-time events without content', async () => {
    const before = await eventsAfter(t.deps.database.db, t.demo.practiceId, 0, 10_000);
    const sent = await send(t, 'sam', PILLS);
    const item = itemFor((await triage(t, 'omar')).json(), sent.message.id)!;
    await t.runner.runDue();
    const ack = await t.request({
      method: 'POST',
      url: `/api/v1/flags/${item.flagId}/acknowledge`,
      cookie: await t.signIn('dana'),
      body: { note: 'Seen in session this afternoon.' },
    });
    expect(ack.statusCode).toBe(200);
    const detail = (await t.request({ method: 'GET', url: `/api/v1/flags/${item.flagId}`, cookie: await t.signIn('patel') })).json() as FlagDetail;
    expect(detail.history.map((h) => h.kind)).toEqual(['raised', 'step', 'acknowledged']);
    const step = detail.history[1]!;
    if (step.kind !== 'step') throw new Error('expected a step');
    expect(step.notified.map((n) => [n.person.name, n.reason])).toEqual([
      ['Omar Haddad', 'on_call'],
      ['Dana Reyes', 'primary'],
    ]);
    expect(step.notified[0]!.channels).toContain('in_app');

    // Events are numbered a moment after their commit (realtime.sequencer): wait for them as a stream would.
    const flagEvents = async () =>
      (await eventsAfter(t.deps.database.db, t.demo.practiceId, before.at(-1)?.seq ?? 0, 10_000)).filter((e) => e.subjectId === item.flagId).map((e) => e.type);
    await expect.poll(flagEvents, { timeout: 2000 }).toEqual(['flag.raised', 'flag.escalated', 'flag.acknowledged']);
  });

  it('does not exist for a client or an admin off the team (404, as an id that was never a flag), nor for another practice', async () => {
    const sent = await send(t, 'sam', PILLS);
    const item = itemFor((await triage(t, 'omar')).json(), sent.message.id)!;
    for (const who of ['sam', 'alex', 'ada'] as const) {
      const res = await t.request({ method: 'POST', url: `/api/v1/flags/${item.flagId}/acknowledge`, cookie: await t.signIn(who), body: { note: 'x' } });
      expect(res.statusCode, who).toBe(404);
      expect((await t.request({ method: 'GET', url: `/api/v1/flags/${item.flagId}`, cookie: await t.signIn(who) })).statusCode).toBe(404);
    }
    const missing = await t.request({
      method: 'POST',
      url: `/api/v1/flags/${crypto.randomUUID()}/acknowledge`,
      cookie: await t.signIn('omar'),
      body: { note: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    const db = t.deps.database.db;
    const other = await createOtherPractice(db);
    const theirs = await db.transaction((tx) =>
      screenAndFlag(systemCtx(t.deps, other.practice.id, tx), { clientId: other.client.id, sourceType: 'message', sourceId: crypto.randomUUID(), text: PILLS }),
    );
    expect(theirs.flagId).toBeDefined();
    const omar = await t.signIn('omar');
    expect((await t.request({ method: 'POST', url: `/api/v1/flags/${theirs.flagId}/acknowledge`, cookie: omar, body: { note: 'x' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/flags/${theirs.flagId}`, cookie: omar })).statusCode).toBe(404);
    expect(((await triage(t, 'omar')).json() as TriageQueue).items.some((i) => i.flagId === theirs.flagId)).toBe(false);
  });

  it('lists a client’s flags for their clinicians, never for the client themselves', async () => {
    const url = `/api/v1/clients/${t.demo.clients.sam}/flags`;
    const dana = await t.request({ method: 'GET', url, cookie: await t.signIn('dana') });
    expect(dana.statusCode).toBe(200);
    expect((dana.json().flags as TriageItem[]).length).toBeGreaterThan(0);
    expect((await t.request({ method: 'GET', url, cookie: await t.signIn('sam') })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, cookie: await t.signIn('alex') })).statusCode).toBe(404);
  });
});
