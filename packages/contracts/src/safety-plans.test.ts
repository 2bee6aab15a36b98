import { describe, expect, it } from 'vitest';
import { PlanPhone, changedSafetyPlanSections, emptySafetyPlan, phoneHref } from './safety-plans';

describe('plan phone numbers', () => {
  it.each(['07700 900123', '+44 (0)20 7946 0000', '111', '(555) 010-0199', '+1.555.010.0199'])('accepts %s as written', (phone) => {
    expect(PlanPhone.safeParse(phone).success).toBe(true);
  });

  it.each(['call me', '12', 'tel:07700900123', '0770090012345678901234', '+44 7700 900123 ext'])('refuses %s', (phone) => {
    expect(PlanPhone.safeParse(phone).success).toBe(false);
  });

  it('builds one-tap links with digits only, dropping the (0) after a country code', () => {
    expect(phoneHref('+44 (0)20 7946 0000', 'tel')).toBe('tel:+442079460000');
    expect(phoneHref('07700 900123', 'sms')).toBe('sms:07700900123');
    expect(phoneHref('(555) 010-0199', 'tel')).toBe('tel:5550100199');
  });
});

describe('which sections changed', () => {
  it('names only the sections that differ, whatever order the keys come back in', () => {
    const before = { ...emptySafetyPlan(), helpers: [{ name: 'Jo', phone: '07700 900123', relationship: 'Sister' }] };
    const reordered = { ...before, helpers: [{ relationship: 'Sister', phone: '07700 900123', name: 'Jo' }] };
    expect(changedSafetyPlanSections(before, reordered)).toEqual([]);
    expect(changedSafetyPlanSections(before, { ...reordered, mattersMost: 'Leo', warningSigns: ['I go quiet.'] })).toEqual(['warningSigns', 'mattersMost']);
  });
});
