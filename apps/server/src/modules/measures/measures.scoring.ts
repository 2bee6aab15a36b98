import { INSTRUMENTS, severityOf, type Instrument, type MeasureItemAnswer, type SeverityBand } from '@steadfast/contracts';

export interface Scored {
  total: number;
  band: SeverityBand;
  items: MeasureItemAnswer[];
  functional: MeasureItemAnswer | null;
}

/**
 * Published scoring (CLINICAL.md §2.2, §2.3): the sum of the item scores, banded at 5/10/15/20
 * (PHQ-9) or 5/10/15 (GAD-7). The difficulty question is kept beside it and never added in.
 */
export function scoreMeasure(instrument: Instrument, answers: readonly number[], functional: number | null | undefined): Scored {
  const def = INSTRUMENTS[instrument];
  if (answers.length !== def.items.length) throw new RangeError(`${def.name} has ${def.items.length} items`);
  const total = answers.reduce((sum, a) => sum + a, 0);
  const items = def.items.map((item, i) => {
    const option = def.options[answers[i]!]!;
    return { linkId: item.linkId, value: option.value, code: option.loinc, display: option.label };
  });
  const f = functional === null || functional === undefined ? null : def.functional.options[functional]!;
  return {
    total,
    band: severityOf(instrument, total),
    items,
    functional: f ? { linkId: def.functional.linkId, value: f.value, code: f.loinc, display: f.label } : null,
  };
}

/** PHQ-9 item 9 (LOINC 44260-8), the last item in published order. */
export function phq9Item9(instrument: Instrument, answers: readonly number[]): number | undefined {
  return instrument === 'phq9' ? answers[8] : undefined;
}
