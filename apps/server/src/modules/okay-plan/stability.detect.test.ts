import { describe, expect, it } from 'vitest';
import type { EffectiveStabilityThresholds } from '@steadfast/contracts';
import { findStretches, shift, type StabilityDay } from './stability.detect';

const START = '2026-03-01';
const defaults: EffectiveStabilityThresholds = { minDays: 7, moodFloor: 6, moodFloorFrom: 'baseline', maxUrgeSpread: 1, dipDays: 1 };

/** A series from a compact string: a digit is the day's mood, '.' a missed day; urges 1 unless given. */
function series(moods: string, urges: (number | null)[] = []): StabilityDay[] {
  return [...moods].flatMap((c, i) => (c === '.' ? [] : [{ date: shift(START, i), mood: Number(c), peakUrge: urges[i] === undefined ? 1 : urges[i]! }]));
}
const day = (i: number) => shift(START, i);
const none = new Set<string>();

describe('stable stretches (SPEC §2.6)', () => {
  it('starts once the client has minDays steady check-ins, and continues day by day', () => {
    const moods = '44466666667777';
    expect(findStretches(series(moods), none, defaults, day(8)).current).toBeNull(); // six steady days so far
    const begun = findStretches(series(moods), none, defaults, day(9)).current;
    expect(begun).toEqual({ since: day(3), through: day(9), days: 7, checkins: 7, dips: 0 });
    const later = findStretches(series(moods), none, defaults, day(13)).current;
    expect(later).toMatchObject({ since: day(3), through: day(13), days: 11, checkins: 11 });
  });

  it('ends on a second low day running, on distress, or when check-ins stop; the history keeps it', () => {
    const twoLow = findStretches(series('66666666644'), none, defaults, day(10));
    expect(twoLow.current).toBeNull();
    expect(twoLow.stretches).toEqual([{ since: day(0), through: day(8), days: 9, checkins: 9, dips: 0 }]);

    const distress = findStretches(series('6666666666'), new Set([day(8)]), defaults, day(9));
    expect(distress.stretches).toEqual([{ since: day(0), through: day(7), days: 8, checkins: 8, dips: 0 }]);
    expect(distress.current).toBeNull(); // two steady days since the distress are not yet a stretch

    const silent = findStretches(series('66666666'), none, defaults, day(10));
    expect(silent.stretches).toHaveLength(1);
    expect(silent.current).toBeNull(); // last check-in three days ago: not presumed stable
    expect(findStretches(series('66666666'), none, defaults, day(9)).current).not.toBeNull(); // one missed day is fine
  });

  it('tolerates a one-day dip as configured, never two in a row, and not when dips are set to none', () => {
    const oneDip = series('6666566666');
    expect(findStretches(oneDip, none, defaults, day(9)).current).toEqual({ since: day(0), through: day(9), days: 10, checkins: 10, dips: 1 });
    expect(findStretches(oneDip, none, { ...defaults, dipDays: 0 }, day(9)).current).toBeNull(); // 5 steady days after the dip
    // Two dips in one week exceed a tolerance of one: the stretch restarts after the second.
    expect(findStretches(series('66656566666666'), none, defaults, day(13)).current?.since).toBe(day(6));
    expect(findStretches(series('66656566666666'), none, { ...defaults, dipDays: 2 }, day(13)).current?.since).toBe(day(0));
  });

  it('never makes a stretch from too few check-ins: missed days are not steady days', () => {
    expect(findStretches(series('6.6.6.6.6.6.6'), none, defaults, day(12)).stretches).toEqual([
      { since: day(0), through: day(12), days: 13, checkins: 7, dips: 0 },
    ]);
    expect(findStretches(series('6.6.6.6.6.6'), none, defaults, day(10)).current).toBeNull(); // six check-ins
    expect(findStretches(series('666..666666'), none, defaults, day(10)).current).toBeNull(); // two missed days in a row break it
  });

  it('needs low urge variability: a swinging urge breaks the run, a steady high-ish one does not', () => {
    const swinging = series('66666666', [0, 3, 0, 3, 0, 3, 0, 3]);
    expect(findStretches(swinging, none, defaults, day(7)).stretches).toEqual([]);
    const steady = series('66666666', [2, 2, 3, 2, 2, 3, 2, 2]);
    expect(findStretches(steady, none, defaults, day(7)).current?.checkins).toBe(8);
  });

  it('follows per-client thresholds: minDays, an absolute floor, the urge spread', () => {
    const moods = '5555555';
    expect(findStretches(series(moods), none, defaults, day(6)).current).toBeNull(); // below the floor of 6
    expect(findStretches(series(moods), none, { ...defaults, moodFloor: 5, moodFloorFrom: 'setting' }, day(6)).current?.days).toBe(7);
    expect(findStretches(series('66666'), none, { ...defaults, minDays: 5 }, day(4)).current?.days).toBe(5);
    const urges = series('66666666', [0, 2, 0, 2, 0, 2, 0, 2]);
    expect(findStretches(urges, none, defaults, day(7)).current).not.toBeNull(); // spread exactly 1
    expect(findStretches(urges, none, { ...defaults, maxUrgeSpread: 0.5 }, day(7)).current).toBeNull();
  });

  it('finds nothing without a mood floor (no baseline yet and none set)', () => {
    expect(findStretches(series('9999999999'), none, { ...defaults, moodFloor: null, moodFloorFrom: 'none' }, day(9))).toEqual({
      stretches: [],
      current: null,
    });
  });
});
