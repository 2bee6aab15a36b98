import { randomUUID } from 'node:crypto';
import { INSTRUMENTS, type ClientExport, type Instrument } from '@steadfast/contracts';
import { urn, type FhirReference, type FhirResource } from './export.fhir-types';

/*
 * Check-ins and questionnaires. The PHQ-9 and GAD-7 carry only the LOINC codes CLINICAL.md §2.6
 * confirms (panel, items, answers LL358-3 written with LA6570-1 for value 2, the difficulty
 * question, the total); the check-in is our own form, described by a Questionnaire in the Bundle.
 */

const LOINC = 'http://loinc.org';

export /** Check-ins and PHQ-9/GAD-7 answers as QuestionnaireResponses, each Questionnaire in the Bundle beside them. */
function questionnaireResponses(record: ClientExport, patient: FhirReference): FhirResource[] {
  return [...checkinResponses(record.checkins, patient), ...measureResponses(record.measures, patient)];
}

function checkinResponses(checkins: ClientExport['checkins'], patient: FhirReference): FhirResource[] {
  const out: FhirResource[] = [];
  if (checkins.length > 0) {
    const urges = [...new Set(checkins.flatMap((c) => Object.keys(c.urges)))];
    const questionnaire = checkinQuestionnaire(urges);
    out.push(questionnaire);
    for (const c of checkins) {
      const item = [
        { linkId: 'date', answer: [{ valueDate: c.date }] },
        { linkId: 'mood', answer: [{ valueInteger: c.mood }] },
        ...Object.entries(c.urges).map(([name, value]) => ({ linkId: `urge-${name}`, answer: [{ valueInteger: value }] })),
        ...(c.medication ? [{ linkId: 'medication', answer: [{ valueString: c.medication }] }] : []),
        ...(c.sleepHours !== null ? [{ linkId: 'sleep-hours', answer: [{ valueDecimal: c.sleepHours }] }] : []),
        ...(c.note ? [{ linkId: 'note', answer: [{ valueString: c.note }] }] : []),
      ];
      out.push({
        resourceType: 'QuestionnaireResponse',
        id: c.id,
        questionnaire: questionnaire['url'],
        status: 'completed',
        subject: patient,
        authored: c.updatedAt,
        author: patient,
        item,
      });
    }
  }
  return out;
}

/** PHQ-9 and GAD-7 answers, each instrument's Questionnaire once beside them. */
function measureResponses(measures: ClientExport['measures'], patient: FhirReference): FhirResource[] {
  const out: FhirResource[] = [];
  const used = [...new Set(measures.map((m) => m.instrument))];
  const questionnaires = new Map(used.map((instrument) => [instrument, measureQuestionnaire(instrument)]));
  out.push(...questionnaires.values());
  for (const m of measures) {
    const def = INSTRUMENTS[m.instrument];
    const answered = [...m.items, ...(m.functional ? [m.functional] : [])];
    out.push({
      resourceType: 'QuestionnaireResponse',
      id: m.id,
      questionnaire: questionnaires.get(m.instrument)!['url'],
      status: 'completed',
      subject: patient,
      authored: m.completedAt,
      item: [
        ...answered.map((a) => ({
          linkId: a.linkId,
          text: def.items.find((i) => i.linkId === a.linkId)?.text ?? def.functional.text,
          answer: [{ valueCoding: { system: LOINC, code: a.code, display: a.display } }],
        })),
        { linkId: def.totalLoinc, text: 'Total score', answer: [{ valueInteger: m.total }] },
      ],
    });
  }
  return out;
}

function checkinQuestionnaire(urges: string[]): FhirResource {
  const id = randomUUID();
  return {
    resourceType: 'Questionnaire',
    id,
    url: urn(id),
    title: 'Daily check-in',
    status: 'active',
    subjectType: ['Patient'],
    item: [
      { linkId: 'date', text: 'The day it is about', type: 'date' },
      { linkId: 'mood', text: 'Mood, 0 (lowest) to 10 (best)', type: 'integer' },
      ...urges.map((name) => ({ linkId: `urge-${name}`, text: `Urge: ${name}, 0 (none) to 5 (strongest)`, type: 'integer' })),
      { linkId: 'medication', text: 'Medication taken as prescribed (yes, partly, no)', type: 'string' },
      { linkId: 'sleep-hours', text: 'Hours of sleep', type: 'decimal' },
      { linkId: 'note', text: 'Note', type: 'text' },
    ],
  };
}

/** The published questionnaire with its LOINC panel, item and answer codes (CLINICAL.md §2.6). */
function measureQuestionnaire(instrument: Instrument): FhirResource {
  const def = INSTRUMENTS[instrument];
  const id = randomUUID();
  const coding = (code: string, display: string) => ({ system: LOINC, code, display });
  return {
    resourceType: 'Questionnaire',
    id,
    url: urn(id),
    title: def.name,
    status: 'active',
    subjectType: ['Patient'],
    copyright: def.notice,
    code: [{ system: LOINC, code: def.panelLoinc, display: def.name }],
    item: [
      ...def.items.map((i) => ({
        linkId: i.linkId,
        code: [{ system: LOINC, code: i.loinc }],
        text: i.text,
        type: 'choice',
        answerOption: def.options.map((o) => ({ valueCoding: coding(o.loinc, o.label) })),
      })),
      {
        linkId: def.functional.linkId,
        code: [{ system: LOINC, code: def.functional.loinc }],
        text: def.functional.text,
        type: 'choice',
        answerOption: def.functional.options.map((o) => ({ valueCoding: coding(o.loinc, o.label) })),
      },
      { linkId: def.totalLoinc, code: [{ system: LOINC, code: def.totalLoinc }], text: 'Total score', type: 'integer', readOnly: true },
    ],
  };
}
