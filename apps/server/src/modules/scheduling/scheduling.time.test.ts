import { describe, expect, it } from 'vitest';
import { expandSeries, instantOf, toRRule } from './scheduling.time';
import { planStepDown } from './step-down.plan';

const utc = (occurrences: { start: Date }[]) => occurrences.map((o) => o.start.toISOString());

describe('recurring series keep their wall-clock time across daylight-saving changes', () => {
  it('Europe/London: weekly at 10:00 through the spring change (29 Mar 2026) and the autumn one (25 Oct 2026)', () => {
    const spring = expandSeries(toRRule({ intervalWeeks: 1, count: 3 }), '2026-03-23T10:00', 'Europe/London', 50);
    expect(spring.map((o) => o.local)).toEqual(['2026-03-23T10:00', '2026-03-30T10:00', '2026-04-06T10:00']);
    expect(utc(spring)).toEqual(['2026-03-23T10:00:00.000Z', '2026-03-30T09:00:00.000Z', '2026-04-06T09:00:00.000Z']);
    const autumn = expandSeries(toRRule({ intervalWeeks: 1, until: '2026-11-02' }), '2026-10-19T10:00', 'Europe/London', 50);
    expect(utc(autumn)).toEqual(['2026-10-19T09:00:00.000Z', '2026-10-26T10:00:00.000Z', '2026-11-02T10:00:00.000Z']);
    expect(autumn[1]!.end.toISOString()).toBe('2026-10-26T10:50:00.000Z');
  });

  it('America/New_York: fortnightly at 09:30 through 8 Mar 2026 and 1 Nov 2026', () => {
    const spring = expandSeries(toRRule({ intervalWeeks: 2, count: 3 }), '2026-02-23T09:30', 'America/New_York', 50);
    expect(utc(spring)).toEqual(['2026-02-23T14:30:00.000Z', '2026-03-09T13:30:00.000Z', '2026-03-23T13:30:00.000Z']);
    const autumn = expandSeries(toRRule({ intervalWeeks: 2, until: '2026-11-16' }), '2026-10-19T09:30', 'America/New_York', 50);
    expect(utc(autumn)).toEqual(['2026-10-19T13:30:00.000Z', '2026-11-02T14:30:00.000Z', '2026-11-16T14:30:00.000Z']);
  });

  it('repeats every 8 or 9 weeks too, and never runs unbounded', () => {
    const eight = expandSeries(toRRule({ intervalWeeks: 8, count: 3 }), '2026-01-05T12:00', 'Europe/London', 30);
    expect(eight.map((o) => o.local)).toEqual(['2026-01-05T12:00', '2026-03-02T12:00', '2026-04-27T12:00']);
    expect(toRRule({ intervalWeeks: 1, count: 500 })).toBe('FREQ=WEEKLY;INTERVAL=1;COUNT=104');
  });

  it('a time the spring change skips moves on by the gap; an hour that happens twice takes the first', () => {
    expect(instantOf({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, 'Europe/London').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('a step-down plan lays its phases end to end', () => {
  it('weekly until 1 March, one off-week in March, then fortnightly, with a review', () => {
    const plan = planStepDown({
      firstSession: '2026-02-02T10:00',
      phases: [
        { kind: 'sessions', intervalWeeks: 1, until: '2026-03-01' },
        { kind: 'off', weeks: 1 },
        { kind: 'sessions', intervalWeeks: 2, until: null },
      ],
      reviewDates: ['2026-03-30'],
      endsOn: '2026-04-30',
    });
    expect(plan.series).toEqual([
      { startLocal: '2026-02-02T10:00', rrule: 'FREQ=WEEKLY;INTERVAL=1;UNTIL=20260301T235959', intervalWeeks: 1 },
      { startLocal: '2026-03-09T10:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20260430T235959', intervalWeeks: 2 },
    ]);
    expect(plan.offPeriods).toEqual([{ start: '2026-03-02', end: '2026-03-08' }]);
    expect(plan.timeline).toEqual([
      { kind: 'sessions', from: '2026-02-02', to: '2026-02-23', intervalWeeks: 1, sessions: 4 },
      { kind: 'off', from: '2026-03-02', to: '2026-03-08', intervalWeeks: null, sessions: 0 },
      { kind: 'sessions', from: '2026-03-09', to: '2026-04-20', intervalWeeks: 2, sessions: 4 },
      { kind: 'review', from: '2026-03-30', to: '2026-03-30', intervalWeeks: null, sessions: 0 },
    ]);
    // The fortnightly sessions, across the clock change on 29 March, stay at 10:00 in London.
    const fortnightly = expandSeries(plan.series[1]!.rrule, plan.series[1]!.startLocal, 'Europe/London', 50);
    expect(fortnightly.map((o) => o.start.toISOString())).toEqual([
      '2026-03-09T10:00:00.000Z',
      '2026-03-23T10:00:00.000Z',
      '2026-04-06T09:00:00.000Z',
      '2026-04-20T09:00:00.000Z',
    ]);
  });
});
