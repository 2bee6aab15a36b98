import { z } from 'zod';
import { AgreementVersionView } from './agreements';
import { CareTeamRole } from './care-teams';
import { CheckinView } from './check-ins';
import { Id, IsoDateTime } from './common';
import { MeasureView } from './measures';
import { MessageIntent } from './messaging';
import { OkayPlanContent, ReassuranceNoteView } from './okay-plan';
import { AcknowledgementOutcome } from './risk';
import { SafetyPlanContent } from './safety-plans';
import { AppointmentView, StepDownPlanView } from './scheduling';

/*
 * A client's record export (SPEC §2.12, §2.13): everything the person asking may see about the
 * client, as one download. `json` is this shape; `fhir` is a FHIR R4 Bundle of the same record.
 */

export const exportFormats = ['json', 'fhir'] as const;
export const ExportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportQuery = z.strictObject({ format: ExportFormat.default('json') });
export type ExportQuery = z.infer<typeof ExportQuery>;

const Person = z.object({ id: Id, name: z.string() });

export const ExportCareTeamMember = z.object({
  clinicianId: Id,
  name: z.string(),
  role: CareTeamRole,
  isPrimary: z.boolean(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime.nullable(),
});
export type ExportCareTeamMember = z.infer<typeof ExportCareTeamMember>;

export const ExportMessage = z.object({
  id: Id,
  author: Person.extend({ kind: z.enum(['client', 'clinician']) }),
  /** Set on the client's messages; null on a clinician's. */
  intent: MessageIntent.nullable(),
  body: z.string(),
  createdAt: IsoDateTime,
});
export type ExportMessage = z.infer<typeof ExportMessage>;

export const ExportSafetyPlanVersion = z.object({
  version: z.number().int().min(1),
  plan: SafetyPlanContent,
  author: z.object({ name: z.string(), role: z.enum(['client', 'clinician']) }),
  createdAt: IsoDateTime,
});
export type ExportSafetyPlanVersion = z.infer<typeof ExportSafetyPlanVersion>;

export const ExportOkayPlan = z.object({ version: z.number().int().min(1), plan: OkayPlanContent, updatedAt: IsoDateTime.nullable() });
export type ExportOkayPlan = z.infer<typeof ExportOkayPlan>;

export const ExportCaringContact = z.object({ id: Id, body: z.string(), sentAt: IsoDateTime, messageId: Id.nullable() });
export type ExportCaringContact = z.infer<typeof ExportCaringContact>;

/** What the client wrote in the peer space, under their pseudonym: in their own export only. */
export const ExportPeerSpace = z.object({
  pseudonym: z.string(),
  joinedAt: IsoDateTime,
  writing: z.array(
    z.object({
      id: Id,
      kind: z.enum(['post', 'reply']),
      /** The post a reply was written under; null for a post. */
      inReplyToPost: Id.nullable(),
      /** A post's title; null for a reply. */
      title: z.string().nullable(),
      body: z.string(),
      /** Published, held for a moderator, or hidden by one. */
      status: z.enum(['published', 'held', 'hidden']),
      writtenAt: IsoDateTime,
    }),
  ),
});
export type ExportPeerSpace = z.infer<typeof ExportPeerSpace>;

/** A risk flag and its acknowledgement: in a clinician's export only (a client never sees a risk label, SPEC §2.9). */
export const ExportRiskFlag = z.object({
  id: Id,
  level: z.enum(['concern', 'high', 'imminent']),
  /** What kind of thing raised it (the screener's constructs); the words themselves are in the message or check-in. */
  constructs: z.array(z.string()),
  source: z.object({ type: z.enum(['message', 'checkin', 'measure', 'peer_post']), id: z.string() }),
  raisedAt: IsoDateTime,
  acknowledgement: z.object({ at: IsoDateTime, by: Person, note: z.string(), outcome: AcknowledgementOutcome.nullable() }).nullable(),
});
export type ExportRiskFlag = z.infer<typeof ExportRiskFlag>;

export const ClientExport = z.object({
  kind: z.literal('steadfast.client-record'),
  schemaVersion: z.literal(1),
  exportedAt: IsoDateTime,
  exportedBy: Person.extend({ role: z.enum(['client', 'clinician']) }),
  client: z.object({ id: Id, name: z.string(), status: z.enum(['active', 'discharged']), timeZone: z.string(), since: IsoDateTime }),
  careTeam: z.array(ExportCareTeamMember),
  messages: z.array(ExportMessage),
  checkins: z.array(CheckinView),
  measures: z.array(MeasureView),
  safetyPlanVersions: z.array(ExportSafetyPlanVersion),
  okayPlan: ExportOkayPlan.nullable(),
  reassuranceNotes: z.array(ReassuranceNoteView),
  agreementVersions: z.array(AgreementVersionView),
  appointments: z.array(AppointmentView),
  stepDownPlan: StepDownPlanView.nullable(),
  caringContactsReceived: z.array(ExportCaringContact),
  /** Present in a clinician's export only. */
  riskFlags: z.array(ExportRiskFlag).optional(),
  /** Present in the client's own export only (null when they never joined the peer space). */
  peerSpace: ExportPeerSpace.nullable().optional(),
  /** What this export leaves out on purpose, in plain words. */
  notIncluded: z.array(z.string()),
});
export type ClientExport = z.infer<typeof ClientExport>;

/** The FHIR Bundle's outline for the OpenAPI description; its content is checked by a FHIR validator in the tests. */
export const FhirBundle = z
  .object({
    resourceType: z.literal('Bundle'),
    type: z.literal('collection'),
    timestamp: IsoDateTime,
    entry: z.array(z.object({ fullUrl: z.string(), resource: z.object({ resourceType: z.string() }).loose() })),
  })
  .loose();
export type FhirBundle = z.infer<typeof FhirBundle>;
