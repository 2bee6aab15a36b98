import { describe, expect, it } from 'vitest';
import { crisisLineDefaults } from './crisis-defaults';

/** Re-verify the bundled lines at least this often (CLINICAL §4.2: scheduled manual re-verification). */
const MAX_AGE_DAYS = 365;

const all = Object.entries(crisisLineDefaults).flatMap(([country, lines]) => lines.map((line) => ({ country, ...line })));

describe('bundled crisis lines (hazard H4 in docs/CLINICAL-SAFETY.md)', () => {
  it('carry the numbers CLINICAL.md §4.1 lists, and no Samaritans text number', () => {
    const contacts = (country: string) =>
      all
        .filter((l) => l.country === country)
        .map((l) => `${l.name} ${l.contact} ${l.href}`)
        .join(' | ');
    expect(contacts('GB')).toMatch(/Samaritans 116 123 tel:116123/);
    expect(contacts('GB')).toMatch(/sms:85258/);
    expect(contacts('GB')).toMatch(/tel:999/);
    expect(contacts('US')).toMatch(/tel:988/);
    expect(contacts('US')).toMatch(/tel:911/);
    expect(all.filter((l) => /samaritans/i.test(l.name) && l.href.startsWith('sms:'))).toEqual([]);
  });

  it('were each verified within the last year: a stale directory fails the build until someone checks it again', () => {
    const now = Date.now();
    for (const line of all) {
      const verified = Date.parse(`${line.lastVerified}T00:00:00Z`);
      expect(Number.isNaN(verified), `${line.name} has a date`).toBe(false);
      expect((now - verified) / 86_400_000, `${line.country} ${line.name} verified ${line.lastVerified}`).toBeLessThanOrEqual(MAX_AGE_DAYS);
    }
  });

  it('open only a call, a text or a web page, with digits only in phone links', () => {
    for (const line of all) {
      expect(line.href).toMatch(/^(tel:\+?\d+|sms:\d+(\?body=\w+)?|https:\/\/\S+)$/);
    }
  });
});
