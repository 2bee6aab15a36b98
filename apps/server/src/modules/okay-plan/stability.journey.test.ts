import { describe, expect, it } from 'vitest';
import type { CaringContactList, CaseloadEntry, CaseloadStabilitySignals, ClientCareBalance, StabilityView } from '@steadfast/contracts';
import { createClient, FACTORY_PASSWORD } from '../../testing/factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { shift } from './stability.detect';

/*
 * A simulated 90 days of one client, Jo, on the real database with the test clock and the real
 * services (SPEC §2.6, issue 16): two weeks finding her feet, a first stable stretch, a crisis,
 * recovery, and a second stable stretch with one low day in it. Dana plans a tapering schedule of
 * caring notes on day 0 and, whenever her caseload shows a stable stretch and no caring note has
 * gone for a week, sends one in one click. The job runner sends what falls due each afternoon.
 */
const START = '2026-04-06'; // a Monday, London on summer time
const t = useTestApp({ clockStart: `${START}T07:00:00Z` });
const as = freshSignIns(t);
const DAY = 86_400_000;

type Phase = 'settling' | 'stable' | 'crisis' | 'recovery';
/** Mood, highest urge and phase for each day. */
function script(d: number): { mood: number; urge: number; phase: Phase } {
  if (d < 14) return { mood: [5, 4, 6, 3, 5, 4, 6, 5, 3, 5, 4, 6, 4, 4][d]!, urge: [1, 2, 1, 3, 1, 2, 1, 1, 3, 1, 2, 0, 2, 1][d]!, phase: 'settling' };
  if (d < 35) return { mood: 7, urge: d % 3 === 0 ? 1 : 0, phase: 'stable' };
  if (d < 42) return { mood: [4, 2, 2, 3, 3, 4, 4][d - 35]!, urge: [2, 4, 4, 3, 3, 2, 2][d - 35]!, phase: 'crisis' };
  if (d < 49) return { mood: [5, 4, 5, 4, 5, 4, 5][d - 42]!, urge: 1, phase: 'recovery' };
  return { mood: d === 62 ? 5 : 7, urge: d % 4 === 0 ? 1 : 0, phase: 'stable' };
}
const CRISIS_DAY = 36;
const ROUTINE_DAY = 24;

const at = (d: number, time: string) => new Date(`${shift(START, d)}T${time}Z`);

describe('a 90-day journey: stable stretches, a crisis, caring contacts that taper and do not move', () => {
  it('shows the stretch when it comes, keeps contact in every stable week, and counts the balance as it happened', async () => {
    const { db } = t.deps.database;
    const { person, client } = await createClient(db, t.demo.practiceId, t.demo.people.dana, new Date('2026-04-01T00:00:00Z'));
    const clientUrl = (path: string) => `/api/v1/clients/${client.id}${path}`;
    let joCookie = { cookie: '', at: 0 };
    const jo = async () => {
      if (t.clock.now().getTime() - joCookie.at > 10 * 60_000) {
        const res = await t.request({
          method: 'POST',
          url: '/api/v1/session',
          body: { email: person.email, password: FACTORY_PASSWORD },
          headers: { 'x-forwarded-for': nextTestAddress() },
        });
        joCookie = { cookie: sessionCookieFrom(res), at: t.clock.now().getTime() };
      }
      return joCookie.cookie;
    };
    const message = async (cookie: string, body: Record<string, string>) => {
      const res = await t.request({ method: 'POST', url: clientUrl('/messages'), cookie, headers: { 'idempotency-key': crypto.randomUUID() }, body });
      expect(res.statusCode).toBe(201);
    };
    const caringList = async (): Promise<CaringContactList> =>
      (await t.request({ method: 'GET', url: clientUrl('/caring-contacts'), cookie: await as('dana') })).json();

    const planned = await t.request({
      method: 'POST',
      url: clientUrl('/caring-contacts/schedule'),
      cookie: await as('dana'),
      body: { preset: 'tapering', startsOn: START },
    });
    expect(planned.statusCode).toBe(201);
    const dueBefore = (planned.json() as CaringContactList).contacts.map((c) => c.dueAt);

    const daily: { d: number; phase: Phase; mood: number; signal: CaseloadStabilitySignals | null }[] = [];
    const oneClick: number[] = [];
    const oneClickIds = new Set<string>();
    let dueAfterCrisis: string[] = [];
    for (let d = 0; d < 90; d += 1) {
      const { mood, urge, phase } = script(d);
      t.clock.set(at(d, '16:30:00'));
      await t.runner.runDue();
      t.clock.set(at(d, '19:00:00'));
      const checkin = await t.request({
        method: 'POST',
        url: clientUrl('/checkins'),
        cookie: await jo(),
        body: { mood, urges: { selfHarm: urge, sabotage: Math.max(0, urge - 1) } },
      });
      expect(checkin.statusCode).toBe(201);
      if (d === CRISIS_DAY) {
        await message(await jo(), { intent: 'crisis', body: 'Everything feels too much tonight.' });
        t.clock.set(at(d, '19:40:00'));
        await message(await as('dana'), { body: 'Thank you for telling me. I am here, your safety plan is with you, and I will call you at 9 tomorrow.' });
        dueAfterCrisis = (await caringList()).contacts.filter((c) => !oneClickIds.has(c.id)).map((c) => c.dueAt);
      }
      if (d === ROUTINE_DAY) await message(await jo(), { intent: 'share', body: 'I tried the walk we talked about.' });
      if (d === ROUTINE_DAY + 1) {
        t.clock.set(at(d, '19:30:00'));
        await message(await as('dana'), { body: 'That is lovely to hear about the walk.' });
      }
      t.clock.set(at(d, '20:00:00'));
      const caseload = await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await as('dana') });
      const entry = (caseload.json().clients as CaseloadEntry[]).find((c) => c.clientId === client.id)!;
      const signal = entry.signals.stability;
      if (signal && (!signal.lastCaringNoteAt || t.clock.now().getTime() - Date.parse(signal.lastCaringNoteAt) >= 6.5 * DAY)) {
        const sent = await t.request({ method: 'POST', url: clientUrl('/caring-contacts/now'), cookie: await as('dana'), body: {} });
        expect(sent.statusCode).toBe(201);
        oneClick.push(d);
        oneClickIds.add(sent.json().contact.id);
      }
      daily.push({ d, phase, mood, signal });
    }

    // The balance, week by week, as the product reports it.
    const balanceRes = await t.request({ method: 'GET', url: clientUrl('/care-balance?weeks=13'), cookie: await as('dana') });
    expect(balanceRes.statusCode).toBe(200);
    const balance: ClientCareBalance = balanceRes.json();
    const contacts = (await caringList()).contacts;
    const sentAt = contacts.filter((c) => c.status === 'sent').map((c) => Date.parse(c.sentAt!));
    const weekOf = (ms: number) => Math.floor((ms - Date.parse(`${START}T00:00:00Z`)) / (7 * DAY));

    // The weekly table, printed for the reader of the test output.
    const rows = balance.weeks.map((w, i) => {
      const days = daily.filter((x) => Math.floor(x.d / 7) === i);
      const stableDays = days.filter((x) => x.signal).length;
      return {
        week: i + 1,
        from: w.weekStart,
        phase: [...new Set(days.map((x) => x.phase))].join('/'),
        moodAvg: days.length ? Math.round((days.reduce((a, x) => a + x.mood, 0) / days.length) * 10) / 10 : null,
        signalDays: stableDays,
        stretchDaysAtEnd: days.at(-1)?.signal?.days ?? 0,
        scheduled: sentAt.filter((ms) => weekOf(ms) === i).length - oneClick.filter((d) => Math.floor(d / 7) === i).length,
        oneClick: oneClick.filter((d) => Math.floor(d / 7) === i).length,
        clientRoutine: w.clientRoutine,
        clientDistress: w.clientDistress,
        afterDistress: w.clinicianAfterDistress,
        routine: w.clinicianRoutine,
        notDistressShare: w.notDistressShare,
      };
    });
    console.log(`\nJo's 90 days, week by week (weeks from Monday ${START}):\n${table(rows)}\n`);

    // 1. The stretch appears once seven steady check-ins stand, not before; never in the crisis week.
    expect(daily.slice(0, 20).every((x) => x.signal === null)).toBe(true);
    expect(daily[20]!.signal).toMatchObject({ since: shift(START, 14), days: 7, checkins: 7 });
    // The first low day is within tolerance; the crisis the next day ends the stretch.
    expect(daily[35]!.signal).toMatchObject({ since: shift(START, 14), through: shift(START, 34) });
    expect(daily.slice(36, 55).every((x) => x.signal === null)).toBe(true);
    expect(daily[55]!.signal).toMatchObject({ since: shift(START, 49), days: 7 });
    // The one low day (day 62) is within tolerance: the second stretch carries on through it.
    expect(daily[62]!.signal).toMatchObject({ since: shift(START, 49), dips: 0 });
    expect(daily[63]!.signal).toMatchObject({ since: shift(START, 49), dips: 1 });
    expect(daily[89]!.signal).toMatchObject({ since: shift(START, 49), days: 41 });
    const view: StabilityView = (await t.request({ method: 'GET', url: clientUrl('/stability'), cookie: await as('dana') })).json();
    expect(view.recent.map((s) => [s.since, s.through])).toEqual([
      [shift(START, 14), shift(START, 34)],
      [shift(START, 49), shift(START, 89)],
    ]);

    // 2. Caring contacts: each scheduled note sent once, tapering, and the crisis moved none of them.
    expect(dueAfterCrisis).toEqual(dueBefore);
    const scheduled = contacts.filter((c) => dueBefore.includes(c.dueAt) && c.status === 'sent');
    expect(scheduled.map((c) => c.dueAt)).toEqual(dueBefore.filter((due) => Date.parse(due) < at(89, '16:30:00').getTime()));
    for (const c of scheduled) expect(Math.abs(Date.parse(c.sentAt!) - Date.parse(c.dueAt))).toBeLessThan(DAY);
    const gaps = scheduled.slice(1).map((c, i) => Math.round((Date.parse(c.dueAt) - Date.parse(scheduled[i]!.dueAt)) / DAY));
    expect(gaps.slice(0, 3).every((g) => g >= 5 && g <= 9)).toBe(true);
    expect(gaps.slice(4).every((g) => g >= 12)).toBe(true);
    const conversation = (await t.request({ method: 'GET', url: clientUrl('/messages?limit=100'), cookie: await jo() })).json().messages as { id: string }[];
    for (const c of contacts.filter((x) => x.status === 'sent')) expect(conversation.filter((m) => m.id === c.messageId)).toHaveLength(1);

    // 3. Every week the stable-stretch signal showed had a contact that answered no distress.
    for (const row of rows.filter((r) => r.signalDays > 0)) expect([row.week, row.scheduled + row.oneClick + row.routine]).not.toEqual([row.week, 0]);

    // 4. The balance is what happened: one crisis reply, one routine reply, every caring note.
    const expected = Array.from({ length: 13 }, (_, i) => ({
      caringNotes: sentAt.filter((ms) => weekOf(ms) === i).length,
      clientDistress: Math.floor(CRISIS_DAY / 7) === i ? 1 : 0,
      clientRoutine: Math.floor(ROUTINE_DAY / 7) === i ? 1 : 0,
      clinicianAfterDistress: Math.floor(CRISIS_DAY / 7) === i ? 1 : 0,
      clinicianRoutine: Math.floor((ROUTINE_DAY + 1) / 7) === i ? 1 : 0,
    }));
    expect(
      balance.weeks.map(({ caringNotes, clientDistress, clientRoutine, clinicianAfterDistress, clinicianRoutine }) => ({
        caringNotes,
        clientDistress,
        clientRoutine,
        clinicianAfterDistress,
        clinicianRoutine,
      })),
    ).toEqual(expected);
    const crisisWeek = balance.weeks[Math.floor(CRISIS_DAY / 7)]!;
    expect(crisisWeek.notDistressShare).toBeCloseTo(crisisWeek.caringNotes / (crisisWeek.caringNotes + 1), 3);
    expect(balance.total.clinicianAfterDistress).toBe(1);
    expect(balance.total.notDistressShare).toBeGreaterThan(0.9);
  }, 600_000);
});

function table(rows: Record<string, unknown>[]): string {
  const keys = Object.keys(rows[0]!);
  const cells = [keys, ...rows.map((r) => keys.map((k) => (r[k] === null ? '–' : String(r[k]))))];
  const widths = keys.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells.map((row) => row.map((c, i) => c.padStart(widths[i]!)).join('  ')).join('\n');
}
