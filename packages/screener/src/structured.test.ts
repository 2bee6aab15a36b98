import { describe, expect, it } from 'vitest';
import { screenStructured, type StructuredAnswers } from './index';

describe('screenStructured(): structured answers count too', () => {
  it.each<[StructuredAnswers, string]>([
    [{ urges: { selfHarm: 5 } }, 'high'],
    [{ urges: { suicide: 5 } }, 'high'],
    [{ urges: { 'self-harm': 4 } }, 'concern'],
    [{ urges: { suicidal: 3 } }, 'none'],
    [{ urges: { selfHarm: 0, suicide: 1 } }, 'none'],
    [{ urges: { skipMeds: 5 } }, 'concern'],
    [{ urges: { notEating: 4 } }, 'concern'],
    [{ urges: { smoking: 5, shopping: 5 } }, 'none'],
    [{ urges: { diet: 5, execute: 5 } }, 'none'],
    [{ urges: { urgeToCut: 5 } }, 'high'],
    [{ urges: { 'Suicidal thoughts': 4 } }, 'concern'],
    [{ phq9Item9: 0 }, 'none'],
    [{ phq9Item9: 1 }, 'high'],
    [{ phq9Item9: 3 }, 'high'],
    [{ medicationTaken: 'no' }, 'concern'],
    [{ medicationTaken: 'partly' }, 'none'],
    [{ medicationTaken: 'yes' }, 'none'],
    [{ eatingAndDrinking: 'no' }, 'concern'],
    [{ selfHarmAction: true }, 'high'],
    [{ selfHarmAction: false }, 'none'],
    [{}, 'none'],
  ])('%j → %s', (answers, level) => {
    expect(screenStructured(answers).level).toBe(level);
  });

  it('takes the highest of several answers and lists every reason, strongest first', () => {
    const result = screenStructured({ urges: { selfHarm: 5 }, medicationTaken: 'no', phq9Item9: 2 });
    expect(result.level).toBe('high');
    expect(result.reasons.map((r) => r.construct)).toEqual(['structured_urge_self_harm', 'structured_phq9_item9', 'self_sabotage_medication']);
    expect(result.reasons.every((r) => r.span[0] === 0 && r.span[1] === 0)).toBe(true);
  });

  it('names the answer in the reason, never free text', () => {
    expect(screenStructured({ phq9Item9: 2 }).reasons).toEqual([{ phrase: 'phq9.item9 = 2', construct: 'structured_phq9_item9', span: [0, 0] }]);
  });

  it('reads out-of-range ratings as given rather than clamping them down', () => {
    expect(screenStructured({ urges: { selfHarm: 7 } }).level).toBe('high');
    expect(screenStructured({ urges: { selfHarm: Number.NaN } }).level).toBe('none');
  });

  it('screens free text written with the answers and combines both', () => {
    const result = screenStructured({ medicationTaken: 'no', freeText: 'I took the whole bottle' });
    expect(result.level).toBe('imminent');
    expect(result.reasons.map((r) => r.construct)).toContain('self_sabotage_medication');
  });
});
