import { phoneHref } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { phoneLink } from './phone-links';

describe('phone links on the crisis screen', () => {
  it('are built exactly as the contracts build them', () => {
    const numbers = ['07700 900123', '+44 (0)20 7946 0000', '111', ' 020-7946-0000 ', '+1 (555) 010.0199', '(01632) 960 001'];
    for (const number of numbers) {
      for (const kind of ['tel', 'sms'] as const) expect(phoneLink(number, kind)).toBe(phoneHref(number, kind));
    }
  });
});
