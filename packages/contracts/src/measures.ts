import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { IsoDate } from './check-ins';

/*
 * PHQ-9 and GAD-7 (SPEC §2.5, §4), worded, scored and coded exactly as CLINICAL.md §2.2, §2.3
 * and §2.6. Item-level answers are kept with linkIds and LOINC codes so a record maps to a FHIR
 * QuestionnaireResponse. These shapes are stable: fields may be added, never renamed or removed.
 */

export const instruments = ['phq9', 'gad7'] as const;
export const Instrument = z.enum(instruments);
export type Instrument = z.infer<typeof Instrument>;

export const PFIZER_NOTICE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** The wording's version: bump it if the text is ever re-pinned to a newer official PDF. */
export const MEASURE_TEXT_VERSION = '2026-12-pfizer';

export interface AnswerOption {
  value: number;
  label: string;
  /** LOINC answer code (LL358-3 for items; the difficulty list for the functional question). */
  loinc: string;
}

export interface InstrumentItem {
  /** FHIR linkId: the item's LOINC code. */
  linkId: string;
  loinc: string;
  text: string;
}

export interface SeverityBand {
  severity: Severity;
  label: string;
  min: number;
  max: number;
}

export interface InstrumentDefinition {
  instrument: Instrument;
  name: string;
  panelLoinc: string;
  totalLoinc: string;
  stem: string;
  items: readonly InstrumentItem[];
  options: readonly AnswerOption[];
  functional: { linkId: string; loinc: string; text: string; options: readonly AnswerOption[] };
  maxTotal: number;
  bands: readonly SeverityBand[];
  notice: string;
  version: string;
}

export const severities = ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe'] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

/** Answers 0–3 (LL358-3). Written with LA6570-1 for value 2 on every item, as the MII guide does. */
const OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all', loinc: 'LA6568-5' },
  { value: 1, label: 'Several days', loinc: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loinc: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loinc: 'LA6571-9' },
];

const FUNCTIONAL = {
  linkId: '69722-7',
  loinc: '69722-7',
  text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  options: [
    { value: 0, label: 'Not difficult at all', loinc: 'LA6572-7' },
    { value: 1, label: 'Somewhat difficult', loinc: 'LA6573-5' },
    { value: 2, label: 'Very difficult', loinc: 'LA6575-0' },
    { value: 3, label: 'Extremely difficult', loinc: 'LA6574-3' },
  ],
} as const;

const item = (loinc: string, text: string): InstrumentItem => ({ linkId: loinc, loinc, text });

export const PHQ9: InstrumentDefinition = {
  instrument: 'phq9',
  name: 'PHQ-9',
  panelLoinc: '44249-1',
  totalLoinc: '44261-6',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    item('44250-9', 'Little interest or pleasure in doing things'),
    item('44255-8', 'Feeling down, depressed, or hopeless'),
    item('44259-0', 'Trouble falling or staying asleep, or sleeping too much'),
    item('44254-1', 'Feeling tired or having little energy'),
    item('44251-7', 'Poor appetite or overeating'),
    item('44258-2', 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'),
    item('44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television'),
    item(
      '44253-3',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    ),
    item('44260-8', 'Thoughts that you would be better off dead or of hurting yourself in some way'),
  ],
  options: OPTIONS,
  functional: FUNCTIONAL,
  maxTotal: 27,
  bands: [
    { severity: 'minimal', label: 'None–minimal', min: 0, max: 4 },
    { severity: 'mild', label: 'Mild', min: 5, max: 9 },
    { severity: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { severity: 'moderately_severe', label: 'Moderately severe', min: 15, max: 19 },
    { severity: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  notice: PFIZER_NOTICE,
  version: MEASURE_TEXT_VERSION,
};

export const GAD7: InstrumentDefinition = {
  instrument: 'gad7',
  name: 'GAD-7',
  panelLoinc: '69737-5',
  totalLoinc: '70274-6',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    item('69725-0', 'Feeling nervous, anxious, or on edge'),
    item('68509-9', 'Not being able to stop or control worrying'),
    item('69733-4', 'Worrying too much about different things'),
    item('69734-2', 'Trouble relaxing'),
    item('69735-9', 'Being so restless that it is hard to sit still'),
    item('69689-8', 'Becoming easily annoyed or irritable'),
    item('69736-7', 'Feeling afraid, as if something awful might happen'),
  ],
  options: OPTIONS,
  functional: FUNCTIONAL,
  maxTotal: 21,
  bands: [
    { severity: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { severity: 'mild', label: 'Mild', min: 5, max: 9 },
    { severity: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { severity: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
  notice: PFIZER_NOTICE,
  version: MEASURE_TEXT_VERSION,
};

export const INSTRUMENTS: Record<Instrument, InstrumentDefinition> = { phq9: PHQ9, gad7: GAD7 };

/** The published band of a total (CLINICAL.md §2.2, §2.3). */
export function severityOf(instrument: Instrument, total: number): SeverityBand {
  const band = INSTRUMENTS[instrument].bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`${instrument} total ${total} is outside 0–${INSTRUMENTS[instrument].maxTotal}`);
  return band;
}

export const MeasureAnswer = z.number().int().min(0).max(3);

/**
 * POST /api/v1/clients/{clientId}/measures (SPEC §4): `answers` the item scores 0–3 in published
 * order, every item answered (item 9 is never imputed). `functional` is the difficulty question, kept, not scored.
 */
export const MeasureBody = z
  .strictObject({
    instrument: Instrument,
    answers: z.array(MeasureAnswer),
    functional: MeasureAnswer.nullable().optional(),
    /** A clinician completing it with the client in session (FIELD-NOTES). */
    inSession: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    const expected = INSTRUMENTS[body.instrument].items.length;
    if (body.answers.length !== expected)
      ctx.addIssue({ code: 'custom', path: ['answers'], message: `${INSTRUMENTS[body.instrument].name} has ${expected} items: answer each one.` });
  });
export type MeasureBody = z.infer<typeof MeasureBody>;

/** One answered item, shaped like a FHIR QuestionnaireResponse.item (linkId + a typed coding answer). */
export const MeasureItemAnswer = z.object({
  linkId: z.string(),
  value: MeasureAnswer,
  code: z.string(),
  display: z.string(),
});
export type MeasureItemAnswer = z.infer<typeof MeasureItemAnswer>;

export const MeasureView = z.object({
  id: Id,
  clientId: Id,
  instrument: Instrument,
  /** Item scores in published order (SPEC §4). */
  answers: z.array(MeasureAnswer),
  items: z.array(MeasureItemAnswer),
  total: z.number().int(),
  /** Clinicians only: the published band. */
  severity: Severity.optional(),
  severityLabel: z.string().optional(),
  /** The difficulty question: kept, not scored. */
  functional: MeasureItemAnswer.nullable(),
  completedAt: IsoDateTime,
  /** The day in the client's zone. */
  date: IsoDate,
  inSession: z.boolean(),
  textVersion: z.string(),
});
export type MeasureView = z.infer<typeof MeasureView>;

export const MeasureResponse = z.object({ measure: MeasureView, showCrisisRoutes: z.boolean() });
export type MeasureResponse = z.infer<typeof MeasureResponse>;

export const MeasureListQuery = z.strictObject({ instrument: Instrument.optional(), from: IsoDate.optional(), to: IsoDate.optional() });
export type MeasureListQuery = z.infer<typeof MeasureListQuery>;
/** Oldest first. */
export const MeasureList = z.object({ measures: z.array(MeasureView) });
export type MeasureList = z.infer<typeof MeasureList>;

/** A measure set "before each appointment" opens this many days before it and closes when it starts. */
export const BEFORE_APPOINTMENT_DAYS = 3;

/**
 * Per instrument: every N weeks (null: not on a cadence), or before each appointment, never both.
 * A due measure expires after some days (or at the appointment), with one reminder.
 */
export const MeasureSchedule = z.object({
  phq9EveryWeeks: z.number().int().min(1).max(12).nullable(),
  gad7EveryWeeks: z.number().int().min(1).max(12).nullable(),
  phq9BeforeAppointments: z.boolean(),
  gad7BeforeAppointments: z.boolean(),
  expiresAfterDays: z.number().int().min(1).max(14),
});
export type MeasureSchedule = z.infer<typeof MeasureSchedule>;
export const MeasureScheduleBody = z
  .strictObject({
    phq9EveryWeeks: MeasureSchedule.shape.phq9EveryWeeks,
    gad7EveryWeeks: MeasureSchedule.shape.gad7EveryWeeks,
    phq9BeforeAppointments: z.boolean().default(false),
    gad7BeforeAppointments: z.boolean().default(false),
    expiresAfterDays: MeasureSchedule.shape.expiresAfterDays,
  })
  .refine((s) => !(s.phq9EveryWeeks !== null && s.phq9BeforeAppointments), {
    message: 'PHQ-9 is either every few weeks or before each appointment, not both.',
    path: ['phq9BeforeAppointments'],
  })
  .refine((s) => !(s.gad7EveryWeeks !== null && s.gad7BeforeAppointments), {
    message: 'GAD-7 is either every few weeks or before each appointment, not both.',
    path: ['gad7BeforeAppointments'],
  });
export type MeasureScheduleBody = z.input<typeof MeasureScheduleBody>;
export const DEFAULT_MEASURE_SCHEDULE: MeasureSchedule = {
  phq9EveryWeeks: null,
  gad7EveryWeeks: null,
  phq9BeforeAppointments: false,
  gad7BeforeAppointments: false,
  expiresAfterDays: 4,
};

export const DueMeasure = z.object({
  instrument: Instrument,
  dueSince: IsoDate,
  /** The last day it can be answered for this round. */
  expiresOn: IsoDate,
  lastCompletedOn: IsoDate.nullable(),
  /** Set when it is due before an appointment: when that appointment starts. */
  beforeAppointmentAt: IsoDateTime.nullable(),
});
export type DueMeasure = z.infer<typeof DueMeasure>;

export const MeasuresDue = z.object({
  due: z.array(DueMeasure),
  schedule: MeasureSchedule,
  canSchedule: z.boolean(),
});
export type MeasuresDue = z.infer<typeof MeasuresDue>;
