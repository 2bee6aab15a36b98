import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { systemCtx } from '../../http/context';
import { useTestApp } from '../../testing/test-app';
import { addShift, createPerson } from '../../testing/factories';
import { clients } from '../care-teams/care-teams.tables';
import { whoCoversFor } from './cover';
import { calendarOf, ReplyWindowPolicy } from './reply-windows.policy';
import { expectedReplyBy, reminderAt } from './reply-windows.service';
import { callName, whenWords } from './reply-windows.words';
import { endOfWorkingDays, instantAt, localDateOf, offsetMs, workingTimeBetween } from './working-time';

const london = calendarOf(ReplyWindowPolicy.parse({}), 'Europe/London', 'GB');
const oneDay = (sentAt: string) => endOfWorkingDays(london, new Date(sentAt), 1)?.toISOString();

describe('working days in the practice time zone (pure)', () => {
  it('counts from the next working day when sent inside working hours', () => {
    expect(oneDay('2026-03-04T14:00:00Z')).toBe('2026-03-05T17:00:00.000Z'); // Wed 14:00 → Thu 17:00
  });

  it('counts the same day when sent before opening, and the next when sent after closing', () => {
    expect(oneDay('2026-03-04T07:30:00Z')).toBe('2026-03-04T17:00:00.000Z');
    expect(oneDay('2026-03-04T19:00:00Z')).toBe('2026-03-05T17:00:00.000Z');
  });

  it('skips a weekend', () => {
    expect(oneDay('2026-03-06T14:00:00Z')).toBe('2026-03-09T17:00:00.000Z'); // Fri → Mon
    expect(oneDay('2026-03-07T11:00:00Z')).toBe('2026-03-09T17:00:00.000Z'); // Sat → Mon
  });

  it('keeps 17:00 on the wall clock across the change to summer time (last Sunday of March)', () => {
    // Friday 27 March 2026, 14:00 GMT → Monday 30 March, 17:00 BST = 16:00 UTC.
    expect(oneDay('2026-03-27T14:00:00Z')).toBe('2026-03-30T16:00:00.000Z');
  });

  it('keeps 17:00 on the wall clock across the change back (last Sunday of October)', () => {
    // Friday 23 October 2026, 14:00 BST → Monday 26 October, 17:00 GMT = 17:00 UTC.
    expect(oneDay('2026-10-23T13:00:00Z')).toBe('2026-10-26T17:00:00.000Z');
  });

  it('skips England and Wales bank holidays (Easter 2026)', () => {
    // Thursday 2 April → Good Friday and Easter Monday are closed → Tuesday 7 April, 17:00 BST.
    expect(oneDay('2026-04-02T13:00:00Z')).toBe('2026-04-07T16:00:00.000Z');
  });

  it('counts working hours only inside working hours, across a weekend and the clock change', () => {
    const policy = ReplyWindowPolicy.parse({});
    const cal = calendarOf(policy, 'Europe/London', 'GB');
    // Friday 27 March 15:00 GMT to Monday 30 March 17:00 BST: 2 h on Friday + 8 h on Monday.
    expect(workingTimeBetween(cal, new Date('2026-03-27T15:00:00Z'), new Date('2026-03-30T16:00:00Z'))).toBe(10 * 3_600_000);
  });

  it('reminds at 75% of the working time, inside working hours', () => {
    // Wed 14:00 → Thu 17:00 holds 3 + 8 = 11 working hours; 75% is 8 h 15 min → Thu 14:15.
    expect(reminderAt(london, new Date('2026-03-04T14:00:00Z'), new Date('2026-03-05T17:00:00Z')).toISOString()).toBe('2026-03-05T14:15:00.000Z');
  });
});

describe('cached time-zone offsets give the answers Intl gives', () => {
  // Straight from Intl, with no cache: what the wall clock shows at an instant.
  function intlWall(at: Date, timeZone: string) {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(at);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
    const [year, month, day] = [part('year'), part('month'), part('day')];
    const offset = Date.UTC(year, month - 1, day, part('hour'), part('minute'), part('second')) - Math.floor(at.getTime() / 1000) * 1000;
    return { date: { year, month, day }, offset };
  }

  it('every 5 minutes across daylight-saving changes, asked twice (the second time from the cache), in zones with whole, half-hour and 45-minute shifts', () => {
    const changes: [string, string][] = [
      ['Europe/London', '2026-03-29T00:00:00Z'],
      ['Europe/London', '2026-10-25T00:00:00Z'],
      ['America/New_York', '2026-03-08T06:00:00Z'],
      ['America/New_York', '2026-11-01T05:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
      ['Australia/Lord_Howe', '2026-10-03T15:00:00Z'],
      ['Pacific/Chatham', '2026-04-04T13:00:00Z'],
    ];
    for (const [zone, around] of changes) {
      const start = new Date(around).getTime() - 2 * 3_600_000;
      for (const pass of [1, 2]) {
        for (let t = start; t <= start + 5 * 3_600_000; t += 5 * 60_000 + 7_000) {
          const at = new Date(t);
          const expected = intlWall(at, zone);
          expect(offsetMs(at, zone), `${zone} ${at.toISOString()} pass ${pass}`).toBe(expected.offset);
          expect(localDateOf(at, zone), `${zone} ${at.toISOString()} pass ${pass}`).toEqual(expected.date);
        }
      }
    }
  });

  it('opens at 09:00 on the wall clock on the days either side of a change, however often asked', () => {
    for (let i = 0; i < 3; i += 1) {
      expect(instantAt({ year: 2026, month: 3, day: 27 }, 9 * 60, 'Europe/London').toISOString()).toBe('2026-03-27T09:00:00.000Z');
      expect(instantAt({ year: 2026, month: 3, day: 30 }, 9 * 60, 'Europe/London').toISOString()).toBe('2026-03-30T08:00:00.000Z');
      expect(instantAt({ year: 2026, month: 10, day: 26 }, 9 * 60, 'Europe/London').toISOString()).toBe('2026-10-26T09:00:00.000Z');
    }
  });
});

describe('words', () => {
  it('calls clinicians as a client would', () => {
    expect(callName('Dana Reyes')).toBe('Dana');
    expect(callName('Dr Priya Patel')).toBe('Dr Patel');
  });

  it('says when in plain words, in the client’s time zone', () => {
    const now = new Date('2026-03-04T14:00:00Z');
    expect(whenWords(new Date('2026-03-04T17:00:00Z'), now, 'Europe/London')).toBe('5 pm today');
    expect(whenWords(new Date('2026-03-05T17:00:00Z'), now, 'Europe/London')).toBe('5 pm tomorrow');
    expect(whenWords(new Date('2026-03-09T17:30:00Z'), now, 'Europe/London')).toBe('5:30 pm on Monday');
    expect(whenWords(new Date('2026-03-16T09:00:00Z'), now, 'Europe/London')).toBe('9 am on Monday 16 March');
  });
});

describe('expected reply through the API (SPEC §2.2)', () => {
  const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

  async function sendSoonAt(at: string) {
    t.clock.set(at);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
      cookie: await t.signIn('sam'),
      body: { intent: 'soon', body: 'Soon, please.' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode).toBe(201);
    return res.json().message as { expectedReplyBy: string; expectedReplyWords: string };
  }

  it('inside working hours: by the end of the next working day', async () => {
    const m = await sendSoonAt('2026-03-04T14:00:00Z');
    expect(m.expectedReplyBy).toBe('2026-03-05T17:00:00.000Z');
    expect(m.expectedReplyWords).toBe('Dana replies to ‘soon’ messages within 1 working day: by 5 pm tomorrow.');
  });

  it('outside working hours, early: by the end of the same day', async () => {
    const m = await sendSoonAt('2026-03-04T06:45:00Z');
    expect(m.expectedReplyBy).toBe('2026-03-04T17:00:00.000Z');
    expect(m.expectedReplyWords).toBe('Dana replies to ‘soon’ messages within 1 working day: by 5 pm today.');
  });

  it('over a weekend: by Monday', async () => {
    const m = await sendSoonAt('2026-03-06T16:30:00Z');
    expect(m.expectedReplyBy).toBe('2026-03-09T17:00:00.000Z');
    expect(m.expectedReplyWords).toBe('Dana replies to ‘soon’ messages within 1 working day: by 5 pm on Monday.');
  });

  it('across the daylight-saving change: 5 pm BST on the Monday', async () => {
    const m = await sendSoonAt('2026-03-27T14:00:00Z');
    expect(m.expectedReplyBy).toBe('2026-03-30T16:00:00.000Z');
    expect(m.expectedReplyWords).toMatch(/by 5 pm on Monday\.$/);
  });

  it('over a bank holiday weekend: by the Tuesday after Easter Monday', async () => {
    const m = await sendSoonAt('2026-04-02T13:00:00Z');
    expect(m.expectedReplyBy).toBe('2026-04-07T16:00:00.000Z');
  });

  it('takes agreed windows and hours passed in explicitly', async () => {
    const ctx = systemCtx(t.deps, t.demo.practiceId);
    const sentAt = new Date('2026-03-04T14:00:00Z');
    const e = await expectedReplyBy(
      ctx,
      { clientId: t.demo.clients.sam, intent: 'soon', sentAt },
      { windows: { before_session: null, soon: { workingHours: 4 } } },
    );
    expect(e.by).toEqual(new Date('2026-03-05T10:00:00Z')); // 3 h on Wednesday + 1 h on Thursday
    expect(e.words).toBe('Dana replies to ‘soon’ messages within 4 working hours: by 10 am tomorrow.');
    const later = await expectedReplyBy(
      ctx,
      { clientId: t.demo.clients.sam, intent: 'soon', sentAt },
      { hours: { days: [1, 2, 3, 4, 5], opensAt: '10:00', closesAt: '15:00' } },
    );
    expect(later.by).toEqual(new Date('2026-03-05T15:00:00Z'));
  });

  it('answers through one function the agreement issue can call', async () => {
    const ctx = systemCtx(t.deps, t.demo.practiceId);
    const e = await expectedReplyBy(ctx, { clientId: t.demo.clients.alex, intent: 'before_session', sentAt: new Date('2026-03-04T14:00:00Z') });
    expect(e).toMatchObject({ clinicianName: 'Dana Reyes', by: new Date('2026-03-06T17:00:00Z') });
  });

  it('names the care team when the client has no primary clinician right now', async () => {
    const db = t.deps.database.db;
    const person = await createPerson(db, t.demo.practiceId, 'client');
    const [client] = await db.insert(clients).values({ practiceId: t.demo.practiceId, userId: person.id, timeZone: 'Europe/London' }).returning();
    const e = await expectedReplyBy(systemCtx(t.deps, t.demo.practiceId), { clientId: client!.id, intent: 'soon', sentAt: new Date('2026-03-04T14:00:00Z') });
    expect(e.words).toBe('Your care team replies to ‘soon’ messages within 1 working day: by 5 pm tomorrow.');
  });

  it('routes cover to the named cover first, else the on-call clinician, else the backup', async () => {
    const db = t.deps.database.db;
    const at = new Date('2026-03-04T18:00:00Z');
    const { dana, omar } = t.demo.people;
    expect(await whoCoversFor(db, t.demo.practiceId, dana, at)).toEqual({ clinicianId: omar, via: 'on_call' });
    expect(await whoCoversFor(db, t.demo.practiceId, omar, at)).toEqual({ clinicianId: dana, via: 'on_call_backup' });
    const cover = await createPerson(db, t.demo.practiceId, 'clinician', 'Cover Clinician');
    expect(await whoCoversFor(db, t.demo.practiceId, dana, at, { clinicianId: cover.id })).toEqual({ clinicianId: cover.id, via: 'cover' });
  });

  it('finds nobody when no one is on call and no cover is named', async () => {
    const db = t.deps.database.db;
    const later = new Date('2040-01-01T12:00:00Z');
    expect(await whoCoversFor(db, t.demo.practiceId, t.demo.people.dana, later)).toBeUndefined();
    await addShift(db, t.demo.practiceId, t.demo.people.patel, new Date('2039-12-31T00:00:00Z'), new Date('2040-01-02T00:00:00Z'));
    expect(await whoCoversFor(db, t.demo.practiceId, t.demo.people.dana, later)).toEqual({ clinicianId: t.demo.people.patel, via: 'on_call' });
  });
});
