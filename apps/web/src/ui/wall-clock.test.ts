import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockTime, dayName, shortDay, todayIn } from '../features/check-ins/check-ins.dates';
import { formatDate, formatDateTime } from './format-date';
import { forgetZoneOffsets, rememberZoneOffset, wallClockOf } from './wall-clock';

// What Intl's en-GB writes, the way the app asked for it before wall-clock.ts (issue 22).
const intl = (options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat('en-GB', options).format(date);
const anyMoment = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true });
const anyDay = anyMoment.map((d) => d.toISOString().slice(0, 10));

// British Summer Time in 2026, from the server's point of view (CheckinConfig.zoneOffset).
const bst2026 = { minutes: 60, from: '2026-03-29T01:00:00.000Z', until: '2026-10-25T01:00:00.000Z' };

afterEach(() => forgetZoneOffsets());

// A device zone with half hours and clock changes, whatever zone the machine running the tests is in.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Australia/Adelaide';
});
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('dates without Intl read the same as Intl', () => {
  it('in the device’s own zone', () => {
    expect(new Date('2026-12-03T00:00:00Z').getTimezoneOffset()).toBe(-630);
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Australia/Adelaide');
    fc.assert(
      fc.property(anyMoment, (date) => {
        const iso = date.toISOString();
        expect(formatDateTime(iso)).toBe(intl({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }, date));
        expect(formatDate(iso)).toBe(intl({ day: 'numeric', month: 'short', year: 'numeric' }, date));
        expect(clockTime(iso)).toBe(intl({ hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }, date));
      }),
      { numRuns: 500 },
    );
  });

  it('for calendar days', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const noon = new Date(`${day}T12:00:00Z`);
        expect(dayName(day)).toBe(intl({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }, noon));
        expect(shortDay(day)).toBe(intl({ day: 'numeric', month: 'short', timeZone: 'UTC' }, noon));
        expect(formatDate(day)).toBe(intl({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }, noon));
      }),
      { numRuns: 500 },
    );
  });

  it('in a zone whose offset the server sent, inside and outside the stretch it holds for', () => {
    rememberZoneOffset('Europe/London', bst2026);
    const around = fc.date({ min: new Date('2026-03-20T00:00:00Z'), max: new Date('2026-11-05T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(around, (date) => {
        const iso = date.toISOString();
        const timeZone = 'Europe/London';
        expect(formatDateTime(iso, timeZone)).toBe(intl({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }, date));
        expect(clockTime(iso, timeZone)).toBe(intl({ hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone }, date));
        expect(todayIn(timeZone, date)).toBe(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date));
      }),
      { numRuns: 500 },
    );
  });

  it('at the edges of that stretch', () => {
    rememberZoneOffset('Europe/London', bst2026);
    expect(wallClockOf(new Date('2026-10-25T00:59:59Z'), 'Europe/London')).toMatchObject({ day: 25, hour: 1, minute: 59 });
    // From the clock change on, the server's offset no longer holds: Intl answers.
    expect(wallClockOf(new Date('2026-10-25T01:00:00Z'), 'Europe/London')).toBeUndefined();
    expect(wallClockOf(new Date('2026-03-29T00:59:59Z'), 'Europe/London')).toBeUndefined();
    expect(clockTime('2026-10-25T01:30:00Z', 'Europe/London')).toBe('1:30 am');
  });

  it('leaves a zone it was told nothing of to Intl', () => {
    expect(wallClockOf(new Date(), 'Asia/Tokyo')).toBeUndefined();
    expect(clockTime('2026-12-03T00:05:00Z', 'Asia/Tokyo')).toBe('9:05 am');
    expect(todayIn('Pacific/Kiritimati', new Date('2026-12-03T11:00:00Z'))).toBe('2026-12-04');
  });
});
