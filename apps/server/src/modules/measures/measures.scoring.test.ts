import { describe, expect, it } from 'vitest';
import { GAD7, INSTRUMENTS, MeasureBody, PHQ9, PFIZER_NOTICE, severityOf } from '@steadfast/contracts';
import { scoreMeasure } from './measures.scoring';

/** Answers in published order that add up to `total` (filled from the first item). */
function answersFor(items: number, total: number): number[] {
  const out = Array<number>(items).fill(0);
  let left = total;
  for (let i = 0; i < items && left > 0; i += 1) {
    out[i] = Math.min(3, left);
    left -= out[i]!;
  }
  return out;
}

describe('PHQ-9 scoring as published (Kroenke 2001; CLINICAL.md §2.2)', () => {
  const boundaries: [number, string][] = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ];
  for (const [total, severity] of boundaries) {
    it(`a total of ${total} is ${severity}`, () => {
      const scored = scoreMeasure('phq9', answersFor(9, total), null);
      expect(scored.total).toBe(total);
      expect(scored.band.severity).toBe(severity);
    });
  }

  it('keeps the difficulty question but never adds it to the total', () => {
    const scored = scoreMeasure('phq9', answersFor(9, 4), 3);
    expect(scored.total).toBe(4);
    expect(scored.functional).toEqual({ linkId: '69722-7', value: 3, code: 'LA6574-3', display: 'Extremely difficult' });
  });

  it('carries the LOINC codes of CLINICAL.md §2.6, item 9 last, answers from LL358-3', () => {
    expect(PHQ9.panelLoinc).toBe('44249-1');
    expect(PHQ9.totalLoinc).toBe('44261-6');
    expect(PHQ9.items.map((i) => i.loinc)).toEqual(['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8']);
    expect(PHQ9.options.map((o) => o.loinc)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    expect(PHQ9.functional.options.map((o) => o.loinc)).toEqual(['LA6572-7', 'LA6573-5', 'LA6575-0', 'LA6574-3']);
    expect(PHQ9.items[8]!.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(PHQ9.stem).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect(PHQ9.notice).toBe(PFIZER_NOTICE);
    expect(scoreMeasure('phq9', [0, 1, 2, 3, 0, 0, 0, 0, 1], null).items.map((i) => [i.linkId, i.code])[8]).toEqual(['44260-8', 'LA6569-3']);
  });
});

describe('GAD-7 scoring as published (Spitzer 2006; CLINICAL.md §2.3)', () => {
  const boundaries: [number, string][] = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ];
  for (const [total, severity] of boundaries) {
    it(`a total of ${total} is ${severity}`, () => {
      expect(scoreMeasure('gad7', answersFor(7, total), null)).toMatchObject({ total, band: { severity } });
    });
  }

  it('carries its own panel and item codes, never the PHQ-9 panel', () => {
    expect(GAD7.panelLoinc).toBe('69737-5');
    expect(GAD7.totalLoinc).toBe('70274-6');
    expect(GAD7.items.map((i) => i.loinc)).toEqual(['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7']);
    expect(GAD7.stem).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
  });

  it('has no band outside the range', () => {
    expect(() => severityOf('gad7', 22)).toThrow(RangeError);
    expect(() => severityOf('phq9', -1)).toThrow(RangeError);
  });
});

describe('MeasureBody validation', () => {
  it('needs every item, each 0–3, and nothing unknown', () => {
    expect(MeasureBody.safeParse({ instrument: 'phq9', answers: answersFor(9, 3) }).success).toBe(true);
    expect(MeasureBody.safeParse({ instrument: 'phq9', answers: answersFor(8, 3) }).success).toBe(false);
    expect(MeasureBody.safeParse({ instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 4] }).success).toBe(false);
    expect(MeasureBody.safeParse({ instrument: 'gad7', answers: answersFor(7, 1), extra: 1 }).success).toBe(false);
    expect(MeasureBody.safeParse({ instrument: 'bdi', answers: [] }).success).toBe(false);
    expect(Object.keys(INSTRUMENTS)).toEqual(['phq9', 'gad7']);
  });
});
