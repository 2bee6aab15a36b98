import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CareTeamView, CareTransitionsView, HandoverDraft, HandoverView, ReentryRequestView, TimelineEntry } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { FACTORY_PASSWORD, createOtherPractice } from '../../testing/factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';
import { clients } from '../care-teams/care-teams.tables';
import { caringContacts } from '../caring-contacts/caring-contacts.tables';
import { onCallShifts } from '../on-call/on-call.tables';

// Monday 2 March 2026, 10:00 in London (Sam's zone, on GMT until the 29th).
const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });
const signIn = freshSignIns(t);

type Who = DemoKey | { email: string };
async function cookieOf(who: Who) {
  if (typeof who === 'string') return signIn(who);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: who.email, password: FACTORY_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  return sessionCookieFrom(res);
}
async function call(who: Who, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers?: Record<string, string>) {
  return t.request({ method, url, cookie: await cookieOf(who), ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
}

const sam = () => t.demo.clients.sam;
const alex = () => t.demo.clients.alex;
const base = (clientId: string) => `/api/v1/clients/${clientId}`;

async function notices(who: DemoKey, kind: string): Promise<string[]> {
  const res = await call(who, 'GET', '/api/v1/notifications');
  return (res.json().notifications as { kind: string; title: string }[]).filter((n) => n.kind === kind).map((n) => n.title);
}
async function auditActions(clientId: string): Promise<string[]> {
  const rows = await t.deps.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.clientId, clientId));
  return rows.map((r) => r.action);
}
const transitionsOf = async (who: Who, clientId = sam()) => (await call(who, 'GET', `${base(clientId)}/transitions`)).json() as CareTransitionsView;

describe('a handover with an overlap (SPEC §2.10), on a real database', () => {
  let other: Awaited<ReturnType<typeof createOtherPractice>>;
  let handover: HandoverView;
  const summary = 'Transfer summary for Sam Taylor\n\nSafety plan: reviewed together last week.';

  beforeAll(async () => {
    other = await createOtherPractice(t.deps.database.db);
    // Dana is the demo's on-call backup, and on call reads every client's messages: here only her
    // place on Sam's care team counts, so the rota has no backup.
    await t.deps.database.db.update(onCallShifts).set({ backupClinicianId: null }).where(eq(onCallShifts.practiceId, t.demo.practiceId));
    // A caring contact Dana planned for after the overlap, and one during it.
    await t.deps.database.db.insert(caringContacts).values([
      { practiceId: t.demo.practiceId, clientId: sam(), clinicianId: t.demo.people.dana, body: 'Thinking of you.', dueAt: new Date('2026-03-20T10:00:00Z') },
      { practiceId: t.demo.practiceId, clientId: sam(), clinicianId: t.demo.people.dana, body: 'Hello from us.', dueAt: new Date('2026-03-04T10:00:00Z') },
    ]);
  });

  it('only the primary clinician or the admin starts one; the GP, the client and on call are refused; another practice 404s', async () => {
    const body = { toClinicianId: t.demo.people.omar, overlapEndsOn: '2026-03-09', summary };
    expect((await call('patel', 'POST', `${base(sam())}/handovers`, body)).statusCode).toBe(403);
    expect((await call('sam', 'POST', `${base(sam())}/handovers`, body)).statusCode).toBe(403);
    // Omar is on call: he may open Sam in a crisis, not hand Sam's care around.
    expect((await call('omar', 'POST', `${base(sam())}/handovers`, body)).statusCode).toBe(403);
    expect((await call(other.clinician, 'POST', `${base(sam())}/handovers`, body)).statusCode).toBe(404);
    expect((await call(other.admin, 'GET', `${base(sam())}/handovers/draft`)).statusCode).toBe(404);
    expect((await call('dana', 'POST', `${base(sam())}/handovers`, { ...body, toClinicianId: other.clinician.id })).statusCode).toBe(404);
  });

  it('the draft summary is compiled from the plans, agreement, measures and flags', async () => {
    const res = await call('dana', 'GET', `${base(sam())}/handovers/draft`);
    expect(res.statusCode).toBe(200);
    const draft = res.json() as HandoverDraft;
    for (const heading of ['Transfer summary for Sam Taylor', 'Safety plan', 'Okay plan', 'Contact agreement', 'Measures', 'Risk flags (last 90 days)']) {
      expect(draft.summary).toContain(heading);
    }
    expect(draft.clinicians.map((c) => c.name)).toContain('Omar Haddad');
    expect(draft.clinicians.map((c) => c.name)).not.toContain('Dana Reyes');
  });

  it('Dana hands Sam to Omar: both on the team during the overlap; Sam is told who and when', async () => {
    const res = await call('dana', 'POST', `${base(sam())}/handovers`, { toClinicianId: t.demo.people.omar, overlapEndsOn: '2026-03-09', summary });
    expect(res.statusCode).toBe(201);
    handover = res.json().handover as HandoverView;
    expect(handover).toMatchObject({ status: 'overlap', from: { name: 'Dana Reyes' }, to: { name: 'Omar Haddad' }, overlapEndsOn: '2026-03-09' });
    expect(handover.movedCaringContacts).toBeGreaterThan(0);

    const team = (await call('dana', 'GET', `${base(sam())}/care-team`)).json() as CareTeamView;
    const current = team.members.filter((m) => m.status === 'current');
    expect(current.find((m) => m.name === 'Dana Reyes')).toMatchObject({ isPrimary: true, endsAt: '2026-03-09T00:00:00.000Z' });
    expect(current.find((m) => m.name === 'Omar Haddad')).toMatchObject({ isPrimary: false, role: 'co_therapist' });
    expect(team.members.find((m) => m.name === 'Omar Haddad' && m.status === 'upcoming')).toMatchObject({
      isPrimary: true,
      startsAt: '2026-03-09T00:00:00.000Z',
    });

    expect(await notices('sam', 'care_transition')).toContain(
      'From today, Omar Haddad will be working with you alongside Dana Reyes, and from 9 March Omar Haddad will be your therapist.',
    );
    expect(await notices('omar', 'care_transition')).toEqual(['Sam Taylor’s care is changing hands']);
    const omarsNotice = (await call('omar', 'GET', '/api/v1/notifications')).json().notifications.find((n: { kind: string }) => n.kind === 'care_transition');
    expect(omarsNotice.subjectId).toBe(handover.id);
    expect(await auditActions(sam())).toEqual(expect.arrayContaining(['handover.start', 'safetyPlan.read', 'agreement.read']));

    // The note due after the overlap now comes from Omar; the one during it stays Dana's.
    const notes = await t.deps.database.db
      .select()
      .from(caringContacts)
      .where(and(eq(caringContacts.clientId, sam()), eq(caringContacts.status, 'planned')));
    expect(notes.find((n) => n.body === 'Thinking of you.')?.clinicianId).toBe(t.demo.people.omar);
    expect(notes.find((n) => n.body === 'Hello from us.')?.clinicianId).toBe(t.demo.people.dana);
  });

  it('the summary is shared with Omar and never shown to Sam; a second handover is refused (409)', async () => {
    expect((await transitionsOf('omar')).handovers[0]?.summary).toBe(summary);
    expect((await call('omar', 'GET', `/api/v1/handovers/${handover.id}`)).json().handover.summary).toBe(summary);
    expect((await call('patel', 'GET', `/api/v1/handovers/${handover.id}`)).statusCode).toBe(404);
    const bySam = await transitionsOf('sam');
    expect(bySam.handovers[0]).toMatchObject({ summary: null, status: 'overlap', to: { name: 'Omar Haddad' } });
    expect(
      (await call('dana', 'POST', `${base(sam())}/handovers`, { toClinicianId: t.demo.people.patel, overlapEndsOn: '2026-03-10', summary })).statusCode,
    ).toBe(409);
  });

  it('Omar writes an introduction that Sam sees; nobody else can write it', async () => {
    t.clock.set(new Date('2026-03-02T11:00:00Z'));
    const intro = { introduction: 'Hello Sam, I am Omar. I am looking forward to meeting you.' };
    expect((await call('patel', 'PUT', `/api/v1/handovers/${handover.id}/introduction`, intro)).statusCode).toBe(404);
    expect((await call('dana', 'PUT', `/api/v1/handovers/${handover.id}/introduction`, intro)).statusCode).toBe(404);
    const res = await call('omar', 'PUT', `/api/v1/handovers/${handover.id}/introduction`, intro);
    expect(res.statusCode).toBe(200);
    expect((await transitionsOf('sam')).handovers[0]?.introduction).toBe(intro.introduction);
    expect(await notices('sam', 'care_transition')).toContain('Omar Haddad wrote you a note to say hello.');
  });

  it('after the overlap Dana is off the team (404 on new messages), Omar is primary, and the timeline shows the handover', async () => {
    expect((await call('dana', 'GET', `${base(sam())}/messages`)).statusCode).toBe(200);
    t.clock.set(new Date('2026-03-09T00:00:01Z'));
    expect(
      (await call('sam', 'POST', `${base(sam())}/messages`, { body: 'Hello Omar', intent: 'share' }, { 'idempotency-key': 'handover-hello-1' })).statusCode,
    ).toBe(201);
    expect((await call('dana', 'GET', `${base(sam())}/messages`)).statusCode).toBe(404);
    expect((await call('omar', 'GET', `${base(sam())}/messages`)).statusCode).toBe(200);
    const team = (await call('omar', 'GET', `${base(sam())}/care-team`)).json() as CareTeamView;
    expect(team.members.find((m) => m.status === 'current' && m.isPrimary)?.name).toBe('Omar Haddad');
    expect(team.members.find((m) => m.name === 'Dana Reyes')?.status).toBe('ended');
    expect((await transitionsOf('omar')).handovers[0]?.status).toBe('completed');

    const timeline = (await call('omar', 'GET', `${base(sam())}/timeline?kinds=handover`)).json().entries as TimelineEntry[];
    expect(timeline.map((e) => e.title)).toEqual([
      'Handover completed: Omar Haddad is primary clinician, Dana Reyes has left the care team',
      'Omar Haddad wrote an introduction for the client',
      'Handover from Dana Reyes to Omar Haddad planned',
    ]);
  });

  it('the admin can start one; cancelling before it completes keeps the primary and tells the client', async () => {
    const start = await call('ada', 'POST', `${base(alex())}/handovers`, {
      toClinicianId: t.demo.people.patel,
      overlapStartsOn: '2026-03-12',
      overlapEndsOn: '2026-03-20',
      summary: 'For Dr Patel.',
    });
    expect(start.statusCode).toBe(201);
    const planned = start.json().handover as HandoverView;
    expect(planned.status).toBe('planned');
    const cancel = await call('dana', 'POST', `${base(alex())}/handovers/${planned.id}/cancel`, {});
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json().handover.status).toBe('cancelled');
    const team = (await call('dana', 'GET', `${base(alex())}/care-team`)).json() as CareTeamView;
    expect(team.members.find((m) => m.name === 'Dana Reyes')).toMatchObject({ isPrimary: true, endsAt: null, status: 'current' });
    expect(team.members.some((m) => m.name === 'Dr Priya Patel')).toBe(false);
    expect(await notices('alex', 'care_transition')).toContain('The planned change is not going ahead: Dana Reyes stays your therapist.');
    expect((await call('dana', 'POST', `${base(alex())}/handovers/${planned.id}/cancel`, {})).statusCode).toBe(409);
    expect(await auditActions(alex())).toEqual(expect.arrayContaining(['handover.start', 'handover.cancel']));
  });

  it('a handover can finish early: the new clinician is primary from now', async () => {
    const start = await call('dana', 'POST', `${base(alex())}/handovers`, {
      toClinicianId: t.demo.people.patel,
      overlapEndsOn: '2026-03-30',
      summary: 'For Dr Patel.',
    });
    expect(start.statusCode).toBe(201);
    const id = start.json().handover.id as string;
    t.clock.set(new Date('2026-03-10T09:00:00Z'));
    const res = await call('dana', 'POST', `${base(alex())}/handovers/${id}/finish`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().handover.status).toBe('completed');
    t.clock.set(new Date('2026-03-10T09:00:01Z'));
    expect((await call('dana', 'GET', `${base(alex())}/messages`)).statusCode).toBe(404);
    expect(await notices('alex', 'care_transition')).toContain('From today, Dr Priya Patel is your therapist.');
  });
});

describe('a planned discharge with a way back in (SPEC §2.10)', () => {
  let dischargeId: string;

  it('the primary plans it; Sam sees the date, the goodbye note and what stays; others cannot', async () => {
    const body = { dischargeOn: '2026-03-16', goodbyeNote: 'It has been a privilege to work with you, Sam.' };
    expect((await call('patel', 'POST', `${base(sam())}/discharge`, body)).statusCode).toBe(403);
    expect((await call('sam', 'POST', `${base(sam())}/discharge`, body)).statusCode).toBe(403);
    expect((await call('sam', 'POST', `${base(sam())}/reentry-requests`, {})).statusCode).toBe(409);
    const res = await call('omar', 'POST', `${base(sam())}/discharge`, body);
    expect(res.statusCode).toBe(201);
    dischargeId = res.json().discharge.id;
    expect((await call('omar', 'POST', `${base(sam())}/discharge`, body)).statusCode).toBe(409);
    const bySam = await transitionsOf('sam');
    expect(bySam.discharge).toMatchObject({ status: 'planned', goodbyeNote: body.goodbyeNote, dischargeOn: '2026-03-16' });
    expect(bySam.discharge?.staysAvailable.join(' ')).toMatch(/safety plan and the crisis lines/);
    expect(bySam.can.requestReentry).toBe(false);
    expect(await notices('sam', 'care_transition')).toContain(
      'Your therapist has planned the end of your time with the practice, on 16 March. Your safety plan and crisis lines stay with you.',
    );
  });

  it('on the day the status becomes discharged (a durable job); the account, the plan and the history stay', async () => {
    t.clock.set(new Date('2026-03-16T00:00:01Z'));
    await t.runner.runDue();
    const [row] = await t.deps.database.db.select({ status: clients.status }).from(clients).where(eq(clients.id, sam()));
    expect(row?.status).toBe('discharged');
    expect((await call('sam', 'GET', base(sam()))).json().status).toBe('discharged');
    expect((await call('sam', 'GET', `${base(sam())}/safety-plan`)).statusCode).toBe(200);
    expect((await call('sam', 'GET', `${base(sam())}/messages`)).statusCode).toBe(200);
    const bySam = await transitionsOf('sam');
    expect(bySam).toMatchObject({ clientStatus: 'discharged', can: { requestReentry: true } });
    expect((await call('omar', 'POST', `${base(sam())}/discharge/${dischargeId}/cancel`, {})).statusCode).toBe(409);
    expect(await auditActions(sam())).toEqual(expect.arrayContaining(['discharge.plan', 'discharge.complete']));
  });

  it('"I\'d like to come back": the admin and the primary clinician see it, with a notice', async () => {
    const res = await call('sam', 'POST', `${base(sam())}/reentry-requests`, { message: 'Things have got harder again.' });
    expect(res.statusCode).toBe(201);
    const names = (list: ReentryRequestView[]) => list.map((r) => r.clientName);
    expect(names((await call('ada', 'GET', '/api/v1/reentry-requests')).json().requests)).toEqual(['Sam Taylor']);
    expect(names((await call('omar', 'GET', '/api/v1/reentry-requests')).json().requests)).toEqual(['Sam Taylor']);
    expect(names((await call('dana', 'GET', '/api/v1/reentry-requests')).json().requests)).toEqual([]);
    expect((await call('sam', 'GET', '/api/v1/reentry-requests')).statusCode).toBe(403);
    expect(await notices('ada', 'reentry_requested')).toEqual(['Sam Taylor would like to come back']);
    expect(await notices('omar', 'reentry_requested')).toEqual(['Sam Taylor would like to come back']);
  });

  it('the primary welcomes Sam back: active again, and Sam is told', async () => {
    expect((await call('sam', 'POST', `${base(sam())}/reentry/accept`, {})).statusCode).toBe(403);
    // Dana left Sam's team at the handover: Sam's record is closed to her.
    expect((await call('dana', 'POST', `${base(sam())}/reentry/accept`, {})).statusCode).toBe(404);
    const res = await call('omar', 'POST', `${base(sam())}/reentry/accept`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().clientStatus).toBe('active');
    expect((await call('sam', 'GET', base(sam()))).json().status).toBe('active');
    expect(await notices('sam', 'care_transition')).toContain('Welcome back. Your care team is here with you again.');
    expect((await call('omar', 'POST', `${base(sam())}/reentry/accept`, {})).statusCode).toBe(409);
  });

  it('a discharge planned ahead can be cancelled, and the client is told', async () => {
    const res = await call('ada', 'POST', `${base(alex())}/discharge`, { dischargeOn: '2026-04-20', goodbyeNote: 'Take care, Alex.' });
    expect(res.statusCode).toBe(201);
    const cancel = await call('ada', 'POST', `${base(alex())}/discharge/${res.json().discharge.id}/cancel`, {});
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json().discharge.status).toBe('cancelled');
    expect(await notices('alex', 'care_transition')).toContain('The planned ending is not going ahead: your care carries on as before.');
  });
});
