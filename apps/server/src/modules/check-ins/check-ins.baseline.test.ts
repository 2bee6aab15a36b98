import { describe, expect, it } from 'vitest';
import { eachDay } from './check-ins.days';
import { belowBaselineRun } from './check-ins.baseline';

/** 30 usual days (moods 5 to 8) from 1 Jan, then the days given, one a day from 31 Jan. */
function history(after: readonly (number | null)[]): [string, number][] {
  const usual = eachDay('2026-01-01', '2026-01-30').map((d, i): [string, number] => [d, 5 + (i % 4)]);
  const more = eachDay('2026-01-31', '2026-03-31')
    .slice(0, after.length)
    .flatMap((d, i): [string, number][] => (after[i] === null ? [] : [[d, after[i]!]]));
  return [...usual, ...more];
}

describe('mood below the client’s own baseline for five days (step-back-up signal)', () => {
  it('is raised by five days in a row under the low edge of the band, ending today', () => {
    const run = belowBaselineRun(history([3, 4, 2, 3, 4]), '2026-02-04');
    expect(run).toEqual({ from: '2026-01-31', to: '2026-02-04', moods: [3, 4, 2, 3, 4], baseline: expect.objectContaining({ low: 5.3, basedOnDays: 30 }) });
  });

  it('before today’s check-in, the run may end yesterday', () => {
    expect(belowBaselineRun(history([3, 4, 2, 3, 4]), '2026-02-05')).toMatchObject({ to: '2026-02-04' });
    expect(belowBaselineRun(history([3, 4, 2, 3, 4]), '2026-02-06')).toBeUndefined();
  });

  it('needs all five days: four are not enough, one usual day breaks it, and a missed day is never counted as low', () => {
    expect(belowBaselineRun(history([3, 4, 2, 3]), '2026-02-03')).toBeUndefined();
    expect(belowBaselineRun(history([3, 4, 6, 3, 4]), '2026-02-04')).toBeUndefined();
    expect(belowBaselineRun(history([3, 4, null, 3, 4]), '2026-02-04')).toBeUndefined();
  });

  it('measures against the days before the run, so a long low stretch does not lower its own bar', () => {
    // Ten low days: the latest five are still below the baseline of the 90 days before them.
    expect(belowBaselineRun(history([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), '2026-02-09')).toMatchObject({ from: '2026-02-05', moods: [3, 3, 3, 3, 3] });
  });

  it('with too few check-ins there is no baseline, and no signal', () => {
    const sparse: [string, number][] = [['2026-01-10', 7], ['2026-01-20', 7], ...eachDay('2026-01-31', '2026-02-04').map((d): [string, number] => [d, 1])];
    expect(belowBaselineRun(sparse, '2026-02-04')).toBeUndefined();
  });
});
