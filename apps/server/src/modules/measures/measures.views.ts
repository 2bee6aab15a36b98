import { INSTRUMENTS, severityOf, type MeasurePoint, type MeasureView } from '@steadfast/contracts';
import type { MeasureRow } from './measures.queries';
import { scoreMeasure } from './measures.scoring';

/** A result as the caller may see it: the severity band is for clinicians (SPEC §4), the items and total for both. */
export function toMeasureView(row: MeasureRow, forClinician: boolean): MeasureView {
  const scored = scoreMeasure(row.instrument, row.answers, row.functional);
  return {
    id: row.id,
    clientId: row.clientId,
    instrument: row.instrument,
    answers: row.answers,
    items: scored.items,
    total: row.total,
    ...(forClinician ? { severity: scored.band.severity, severityLabel: scored.band.label } : {}),
    functional: scored.functional,
    completedAt: row.completedAt.toISOString(),
    date: row.date,
    inSession: row.inSession,
    textVersion: row.textVersion,
  };
}

export function toMeasurePoint(row: MeasureRow, forClinician: boolean): MeasurePoint {
  return {
    id: row.id,
    instrument: row.instrument,
    date: row.date,
    total: row.total,
    ...(forClinician ? { severity: severityOf(row.instrument, row.total).severity } : {}),
  };
}

export const instrumentName = (i: keyof typeof INSTRUMENTS) => INSTRUMENTS[i].name;
