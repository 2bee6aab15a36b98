import { randomUUID } from 'node:crypto';
import { INSTRUMENTS, type ClientExport, type Instrument } from '@steadfast/contracts';
import { exportWords } from './export.words';
import { urn, type FhirBundleOut, type FhirReference, type FhirResource } from './export.fhir-types';
import { carePlans } from './export.fhir-plans';

/*
 * The client's record as a FHIR R4 Bundle (SPEC §2.13). Type `collection`, not `document`: a
 * document is an attested clinical document led by a signed Composition; this is a set of
 * records handed over as they are, for the receiving service to file. Every entry's fullUrl is
 * `urn:uuid:<id>` and every reference points at one of them, so the Bundle stands on its own.
 * Codes: only the LOINC codes CLINICAL.md §2.6 confirms (PHQ-9, GAD-7, their items and answers);
 * everything else is plain text (a risk flag's SNOMED code is unconfirmed there, so none is sent).
 */

const LOINC = 'http://loinc.org';

/** The record as a Bundle: Patient, Practitioners, CareTeam, then each kind of record. */
export function toFhirBundle(record: ClientExport): FhirBundleOut {
  const resources: FhirResource[] = [];
  const patient: FhirReference = { reference: urn(record.client.id), display: record.client.name };
  resources.push({ resourceType: 'Patient', id: record.client.id, active: record.client.status === 'active', name: [{ text: record.client.name }] });

  const practitioners = new Map<string, string>();
  const practitioner = (id: string, name: string): FhirReference => {
    if (!practitioners.has(id)) practitioners.set(id, name);
    return { reference: urn(id), display: name };
  };
  const careTeamId = randomUUID();
  const careTeam: FhirReference = { reference: urn(careTeamId), display: 'Care team' };

  resources.push({
    resourceType: 'CareTeam',
    id: careTeamId,
    status: 'active',
    name: `Care team of ${record.client.name}`,
    subject: patient,
    participant: record.careTeam.map((m) => ({
      role: [{ text: exportWords.role(m.role, m.isPrimary) }],
      member: practitioner(m.clinicianId, m.name),
      period: m.endsAt ? { start: m.startsAt, end: m.endsAt } : { start: m.startsAt },
    })),
  });

  for (const m of record.messages) {
    const author = m.author.kind === 'client' ? patient : practitioner(m.author.id, m.author.name);
    resources.push({
      resourceType: 'Communication',
      id: m.id,
      status: 'completed',
      ...(m.intent ? { category: [{ text: exportWords.intent(m.intent) }] } : {}),
      subject: patient,
      sent: m.createdAt,
      sender: author,
      recipient: [m.author.kind === 'client' ? careTeam : patient],
      payload: [{ contentString: m.body }],
    });
  }

  resources.push(...questionnaireResponses(record, patient));

  for (const a of record.appointments) {
    resources.push({
      resourceType: 'Appointment',
      id: a.id,
      status: a.status === 'scheduled' ? 'booked' : a.status === 'cancelled' ? 'cancelled' : 'proposed',
      appointmentType: { text: exportWords.appointmentKind(a.kind) },
      start: a.start,
      end: a.end,
      participant: [
        { actor: patient, status: 'accepted' },
        { actor: practitioner(a.clinicianId, a.clinicianName), status: 'accepted' },
      ],
    });
  }

  resources.push(...carePlans(record, patient));

  for (const f of record.riskFlags ?? []) {
    const ack = f.acknowledgement;
    resources.push({
      resourceType: 'Flag',
      id: f.id,
      status: ack ? 'inactive' : 'active',
      category: [{ text: 'Risk' }],
      code: { text: `Risk screen: ${f.level}${f.constructs.length ? ` (${f.constructs.join(', ')})` : ''}` },
      subject: patient,
      period: ack ? { start: f.raisedAt, end: ack.at } : { start: f.raisedAt },
      ...(ack ? { author: practitioner(ack.by.id, ack.by.name) } : {}),
    });
  }

  const people: FhirResource[] = [...practitioners].map(([id, name]) => ({ resourceType: 'Practitioner', id, name: [{ text: name }] }));
  const all = [resources[0]!, ...people, ...resources.slice(1)];
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'collection',
    timestamp: record.exportedAt,
    entry: all.map((resource) => ({ fullUrl: urn(resource.id), resource })),
  };
}

/** Check-ins and PHQ-9/GAD-7 answers as QuestionnaireResponses, each Questionnaire in the Bundle beside them. */
function questionnaireResponses(record: ClientExport, patient: FhirReference): FhirResource[] {
  const out: FhirResource[] = [];
  if (record.checkins.length > 0) {
    const urges = [...new Set(record.checkins.flatMap((c) => Object.keys(c.urges)))];
    const questionnaire = checkinQuestionnaire(urges);
    out.push(questionnaire);
    for (const c of record.checkins) {
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
  const used = [...new Set(record.measures.map((m) => m.instrument))];
  const questionnaires = new Map(used.map((instrument) => [instrument, measureQuestionnaire(instrument)]));
  out.push(...questionnaires.values());
  for (const m of record.measures) {
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
