import { describe, expect, it } from 'vitest';
import { emptySafetyPlan, type SafetyPlanContent } from '@steadfast/contracts';
import { draftErrors, mergeOntoNewer, toDraft, toPlan } from './safety-plans.draft';

const base: SafetyPlanContent = {
  ...emptySafetyPlan(),
  warningSigns: ['I go quiet.'],
  helpers: [{ name: 'Jo', relationship: 'Sister', phone: '07700 900123' }],
  mattersMost: 'Leo.',
};

describe('the plan while it is being written', () => {
  it('round-trips a saved plan, and drops blank rows and blank optional fields on the way back', () => {
    expect(toPlan(toDraft(base))).toEqual(base);
    const draft = toDraft(base);
    draft.warningSigns.push('   ');
    draft.helpers.push({ name: '', relationship: '', phone: '' });
    draft.professionals.push({ name: ' GP surgery ', phone: '', link: '', note: '' });
    expect(toPlan(draft)).toEqual({ ...base, professionals: [{ name: 'GP surgery' }] });
  });

  it('asks for a phone for a helper, and explains a number it cannot dial', () => {
    const draft = toDraft(base);
    draft.helpers.push({ name: 'Chris', relationship: '', phone: '' });
    draft.distractions.people.push({ name: 'Sam', phone: 'call me' });
    expect(Object.keys(draftErrors(draft))).toEqual(['distractions.people.0.phone', 'helpers.1.phone']);
  });
});

describe('after someone else saved first', () => {
  it('keeps both people’s changes when they changed different steps', () => {
    const mine = { ...base, warningSigns: ['I go quiet.', 'I skip meals.'] };
    const newer = { ...base, mattersMost: 'Leo and Jo.' };
    expect(mergeOntoNewer(base, mine, newer)).toEqual({ merged: { ...base, warningSigns: mine.warningSigns, mattersMost: 'Leo and Jo.' }, bothChanged: [] });
  });

  it('names the steps both changed, holding this person’s words there for them to compare', () => {
    const mine = { ...base, mattersMost: 'Leo, always.' };
    const newer = { ...base, mattersMost: 'Leo and Jo.' };
    expect(mergeOntoNewer(base, mine, newer)).toEqual({ merged: mine, bothChanged: ['mattersMost'] });
  });
});
