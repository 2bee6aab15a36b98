import { describe, expect, it } from 'vitest';
import { cases } from './screener.cases';
import { screen } from './index';

const total = Object.values(cases).reduce((n, list) => n + list.length, 0);

describe('screen(): hand-written sentence suite', () => {
  it('has at least 180 cases, each rule tested', () => {
    expect(total).toBeGreaterThanOrEqual(180);
  });

  for (const [rule, list] of Object.entries(cases)) {
    describe(rule, () => {
      it.each(list)('%j → %s', (text, level) => {
        expect(screen(text).level).toBe(level);
      });
    });
  }
});
