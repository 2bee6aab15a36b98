import { describe, expect, it } from 'vitest';
import { LocalDateTime } from './scheduling';

describe('a wall-clock time in the practice’s zone', () => {
  it('takes real days, including 29 February in a leap year', () => {
    for (const ok of ['2026-03-02T10:00', '2028-02-29T23:59', '2026-12-31T00:00']) expect(LocalDateTime.safeParse(ok).success, ok).toBe(true);
  });

  it('refuses days that do not exist, which the database would refuse with a 500', () => {
    for (const bad of ['2026-02-29T10:00', '2026-02-30T10:00', '0961-92-90T22:41', '2026-13-01T10:00', '2026-04-31T09:00', '2026-03-02T24:00']) {
      expect(LocalDateTime.safeParse(bad).success, bad).toBe(false);
    }
  });
});
