import { randomUUID } from 'node:crypto';
import type { AppointmentView, ClientExport, ExportMessage, ExportRiskFlag } from '@steadfast/contracts';
import { exportWords } from './export.words';
import { urn, type FhirBundleOut, type FhirReference, type FhirResource } from './export.fhir-types';
import { carePlans } from './export.fhir-plans';
import { questionnaireResponses } from './export.fhir-questionnaires';

/*
 * The client's record as a FHIR R4 Bundle (SPEC §2.13). Type `collection`, not `document`: a
 * document is an attested clinical document led by a signed Composition; this is a set of
 * records handed over as they are, for the receiving service to file. Every entry's fullUrl is
 * `urn:uuid:<id>` and every reference points at one of them, so the Bundle stands on its own.
 * Codes: only the LOINC codes CLINICAL.md §2.6 confirms (export.fhir-questionnaires.ts);
 * everything else is plain text (a risk flag's SNOMED code is unconfirmed there, so none is sent).
 */

interface Refs {
  patient: FhirReference;
  careTeam: FhirReference;
  practitioner: (id: string, name: string) => FhirReference;
}

/** The record as a Bundle: Patient, Practitioners, CareTeam, then each kind of record. */
export function toFhirBundle(record: ClientExport): FhirBundleOut {
  const patient: FhirReference = { reference: urn(record.client.id), display: record.client.name };
  const practitioners = new Map<string, string>();
  const careTeamId = randomUUID();
  const refs: Refs = {
    patient,
    careTeam: { reference: urn(careTeamId), display: 'Care team' },
    // Everyone referenced (care team, authors of messages, clinicians of appointments) gets a Practitioner entry.
    practitioner: (id, name) => {
      if (!practitioners.has(id)) practitioners.set(id, name);
      return { reference: urn(id), display: name };
    },
  };
  const records: FhirResource[] = [
    careTeamOf(record, careTeamId, refs),
    ...record.messages.map((m) => communicationOf(m, refs)),
    ...questionnaireResponses(record, patient),
    ...record.appointments.map((a) => appointmentOf(a, refs)),
    ...carePlans(record, patient),
    ...(record.riskFlags ?? []).map((f) => flagOf(f, refs)),
  ];
  const people: FhirResource[] = [...practitioners].map(([id, name]) => ({ resourceType: 'Practitioner', id, name: [{ text: name }] }));
  const all: FhirResource[] = [
    { resourceType: 'Patient', id: record.client.id, active: record.client.status === 'active', name: [{ text: record.client.name }] },
    ...people,
    ...records,
  ];
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'collection',
    timestamp: record.exportedAt,
    entry: all.map((resource) => ({ fullUrl: urn(resource.id), resource })),
  };
}

function careTeamOf(record: ClientExport, id: string, refs: Refs): FhirResource {
  return {
    resourceType: 'CareTeam',
    id,
    status: 'active',
    name: `Care team of ${record.client.name}`,
    subject: refs.patient,
    participant: record.careTeam.map((m) => ({
      role: [{ text: exportWords.role(m.role, m.isPrimary) }],
      member: refs.practitioner(m.clinicianId, m.name),
      period: m.endsAt ? { start: m.startsAt, end: m.endsAt } : { start: m.startsAt },
    })),
  };
}

/** A message: from the client to the care team, or from a clinician to the client. */
function communicationOf(m: ExportMessage, refs: Refs): FhirResource {
  const fromClient = m.author.kind === 'client';
  return {
    resourceType: 'Communication',
    id: m.id,
    status: 'completed',
    ...(m.intent ? { category: [{ text: exportWords.intent(m.intent) }] } : {}),
    subject: refs.patient,
    sent: m.createdAt,
    sender: fromClient ? refs.patient : refs.practitioner(m.author.id, m.author.name),
    recipient: [fromClient ? refs.careTeam : refs.patient],
    payload: [{ contentString: m.body }],
  };
}

function appointmentOf(a: AppointmentView, refs: Refs): FhirResource {
  return {
    resourceType: 'Appointment',
    id: a.id,
    status: a.status === 'scheduled' ? 'booked' : a.status === 'cancelled' ? 'cancelled' : 'proposed',
    appointmentType: { text: exportWords.appointmentKind(a.kind) },
    start: a.start,
    end: a.end,
    participant: [
      { actor: refs.patient, status: 'accepted' },
      { actor: refs.practitioner(a.clinicianId, a.clinicianName), status: 'accepted' },
    ],
  };
}

/** A risk flag (clinicians' exports only): inactive once a person acknowledged it, who is its author. */
function flagOf(f: ExportRiskFlag, refs: Refs): FhirResource {
  const ack = f.acknowledgement;
  return {
    resourceType: 'Flag',
    id: f.id,
    status: ack ? 'inactive' : 'active',
    category: [{ text: 'Risk' }],
    code: { text: `Risk screen: ${f.level}${f.constructs.length ? ` (${f.constructs.join(', ')})` : ''}` },
    subject: refs.patient,
    period: ack ? { start: f.raisedAt, end: ack.at } : { start: f.raisedAt },
    ...(ack ? { author: refs.practitioner(ack.by.id, ack.by.name) } : {}),
  };
}
