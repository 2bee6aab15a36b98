import { describe, expect, it } from 'vitest';
import { screen } from './index';
import { warningCases } from './screener.cases.warning';

const total = Object.values(warningCases).reduce((n, list) => n + list.length, 0);

describe('screen(): issue 15 warning-sign table (rules and model together)', () => {
  it('has at least 150 hand-written sentences', () => {
    expect(total).toBeGreaterThanOrEqual(150);
  });

  for (const [kind, list] of Object.entries(warningCases)) {
    describe(kind, () => {
      it.each(list)('%j → %s', (text, level) => {
        expect(screen(text).level).toBe(level);
      });
    });
  }
});
