import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/*
 * The okay plan and reassurance notes (SPEC §2.6, CLINICAL.md §3.2, §3.6): for clients to whom
 * calm weeks feel unsafe. The plan is written together, in the client's words; the notes are
 * short words from the clinician to keep and open any time, and notes the client writes to
 * their future self.
 */

/** Sections in the order the guided editor asks them. */
export const okayPlanSections = ['feelsLike', 'harderSigns', 'whatHelps', 'fromCareTeam', 'remember'] as const;
export const OkayPlanSection = z.enum(okayPlanSections);
export type OkayPlanSection = z.infer<typeof OkayPlanSection>;

export const OKAY_PLAN_ITEM_MAX = 500;
export const OKAY_PLAN_LIST_MAX = 20;

const PlanList = z.array(z.string().trim().min(1).max(OKAY_PLAN_ITEM_MAX)).max(OKAY_PLAN_LIST_MAX);

export const OkayPlanContent = z.strictObject({
  /** What being okay is like for me. */
  feelsLike: PlanList,
  /** Signs that being okay is getting hard to sit with. */
  harderSigns: PlanList,
  /** What helps when being okay feels unsafe. */
  whatHelps: PlanList,
  /** What I would like from my care team then. */
  fromCareTeam: PlanList,
  /** Things to remember (for example: "fewer sessions is not the end of care"). */
  remember: PlanList,
});
export type OkayPlanContent = z.infer<typeof OkayPlanContent>;

export function emptyOkayPlan(): OkayPlanContent {
  return { feelsLike: [], harderSigns: [], whatHelps: [], fromCareTeam: [], remember: [] };
}

/** Sections whose items differ between two versions. */
export function changedOkayPlanSections(before: OkayPlanContent, after: OkayPlanContent): OkayPlanSection[] {
  return okayPlanSections.filter((s) => JSON.stringify(before[s]) !== JSON.stringify(after[s]));
}

export const SaveOkayPlanBody = z.strictObject({
  /** The version the editor started from; a newer one on the server answers 409. */
  baseVersion: z.number().int().min(0),
  plan: OkayPlanContent,
});
export type SaveOkayPlanBody = z.infer<typeof SaveOkayPlanBody>;

export const OkayPlanView = z.object({
  clientId: Id,
  /** 0 before the first save. */
  version: z.number().int(),
  plan: OkayPlanContent,
  updatedAt: IsoDateTime.nullable(),
  updatedBy: z.object({ name: z.string(), role: z.enum(['client', 'clinician']) }).nullable(),
  changedSections: z.array(OkayPlanSection),
  can: z.object({ edit: z.boolean() }),
});
export type OkayPlanView = z.infer<typeof OkayPlanView>;

/** The body of a 409 on a stale save: the version now on the server, so nobody's words are lost. */
export const OkayPlanConflictDetails = z.object({ currentVersion: z.number().int(), current: OkayPlanContent });
export type OkayPlanConflictDetails = z.infer<typeof OkayPlanConflictDetails>;

export const REASSURANCE_NOTE_MAX = 1000;

export const reassuranceNoteKinds = ['clinician', 'self'] as const;
export const ReassuranceNoteKind = z.enum(reassuranceNoteKinds);
export type ReassuranceNoteKind = z.infer<typeof ReassuranceNoteKind>;

export const ReassuranceNoteView = z.object({
  id: Id,
  /** `clinician`: from the care team; `self`: the client's note to their future self (only they see it). */
  kind: ReassuranceNoteKind,
  body: z.string(),
  author: z.object({ id: Id, name: z.string() }),
  createdAt: IsoDateTime,
  pinned: z.boolean(),
});
export type ReassuranceNoteView = z.infer<typeof ReassuranceNoteView>;

export const ReassuranceNoteList = z.object({
  notes: z.array(ReassuranceNoteView),
  /** A gentle request for a new note that no clinician has answered with one yet. */
  openRequest: z.object({ id: Id, createdAt: IsoDateTime }).nullable(),
  can: z.object({ write: z.boolean(), writeToSelf: z.boolean(), pin: z.boolean(), request: z.boolean() }),
  /**
   * The client's home offers their okay plan and notes first (SPEC §2.6: when a stable stretch
   * begins). It says only "here they are", never why: the client is not told their calm is watched.
   */
  offerOkayPlan: z.boolean(),
});
export type ReassuranceNoteList = z.infer<typeof ReassuranceNoteList>;

export const WriteReassuranceNoteBody = z.strictObject({
  body: z.string().trim().min(1).max(REASSURANCE_NOTE_MAX),
  /** A clinician may pin the note for the client at once (for an off-week, an absence, a stable stretch). */
  pinned: z.boolean().optional(),
});
export type WriteReassuranceNoteBody = z.infer<typeof WriteReassuranceNoteBody>;

export const PinReassuranceNoteBody = z.strictObject({ pinned: z.boolean() });
export type PinReassuranceNoteBody = z.infer<typeof PinReassuranceNoteBody>;

export const ReassuranceNoteParams = z.strictObject({ clientId: Id, noteId: Id });

export const ReassuranceNoteCreated = z.object({ note: ReassuranceNoteView });
export const ReassuranceRequestCreated = z.object({ request: z.object({ id: Id, createdAt: IsoDateTime }) });

/*
 * Caring contacts (SPEC §2.6, CLINICAL.md §3.5): brief, warm notes from the clinician that ask for
 * nothing, written ahead of time on a tapering schedule, sent into the conversation at their time.
 */
export const caringSchedulePresets = ['tapering', 'year'] as const;
export const CaringSchedulePreset = z.enum(caringSchedulePresets);
export type CaringSchedulePreset = z.infer<typeof CaringSchedulePreset>;

export const caringContactStatuses = ['planned', 'sent', 'cancelled', 'skipped'] as const;
export const CaringContactStatus = z.enum(caringContactStatuses);

export const CARING_CONTACT_MAX = 600;
const IsoDate = z.iso.date();

export const CaringContactView = z.object({
  id: Id,
  dueAt: IsoDateTime,
  body: z.string(),
  status: CaringContactStatus,
  sentAt: IsoDateTime.nullable(),
  messageId: Id.nullable(),
  /** Gentle checks on the words: a question or a request turns a caring contact into a demand. */
  warnings: z.array(z.string()),
});
export type CaringContactView = z.infer<typeof CaringContactView>;

export const CaringContactList = z.object({ contacts: z.array(CaringContactView), can: z.object({ manage: z.boolean() }) });
export type CaringContactList = z.infer<typeof CaringContactList>;

export const PlanCaringContactsBody = z.strictObject({
  preset: CaringSchedulePreset,
  /** The first day of the schedule, in the client's time zone. */
  startsOn: IsoDate,
});
export type PlanCaringContactsBody = z.infer<typeof PlanCaringContactsBody>;

export const EditCaringContactBody = z.strictObject({
  body: z.string().trim().min(1).max(CARING_CONTACT_MAX).optional(),
  dueAt: IsoDateTime.optional(),
});
export type EditCaringContactBody = z.infer<typeof EditCaringContactBody>;

export const CaringContactParams = z.strictObject({ clientId: Id, contactId: Id });
export const CaringContactResponse = z.object({ contact: CaringContactView });

/*
 * Stable stretches (SPEC §2.6, §4 `signals.stability`): days at or above the client's own usual
 * mood with low urge variability. For clients to whom calm feels unsafe, the start of one is a
 * time to offer the okay plan and a caring note, never a badge and never a reason to step back.
 */
export const STABILITY_DEFAULTS = {
  /** Check-ins a stretch needs before it counts: too few never make one. */
  minDays: 7,
  /** The largest spread (standard deviation) of the daily highest urge within a stretch. */
  maxUrgeSpread: 1,
  /** Days below the mood floor a stretch may hold in any 7 days; two in a row always end it. */
  dipDays: 1,
} as const;

/**
 * A threshold in tenths (6.5, 1.2). Kept to tenths because the column is a 4-byte real: a number such
 * as 7.4e-323 passes min/max but underflows in PostgreSQL (found by the fuzzer as a 500).
 */
const tenths = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((value) => Math.round(value * 10) / 10 === value, { message: 'Use steps of 0.1.' });

/** Per-client thresholds; a null field takes the default (the mood floor: the client's own median mood over 90 days). */
export const StabilitySettings = z.strictObject({
  minDays: z.number().int().min(3).max(60).nullable(),
  /** An absolute mood (0–10) to stay at or above, instead of the client's own median. */
  moodFloor: tenths(0, 10).nullable(),
  maxUrgeSpread: tenths(0, 5).nullable(),
  dipDays: z.number().int().min(0).max(3).nullable(),
});
export type StabilitySettings = z.infer<typeof StabilitySettings>;

/** The thresholds in force for a client, with where the mood floor came from. */
export const EffectiveStabilityThresholds = z.object({
  minDays: z.number().int(),
  /** Null when the client has too few check-ins for a baseline and none was set: no stretch can be found. */
  moodFloor: z.number().nullable(),
  moodFloorFrom: z.enum(['baseline', 'setting', 'none']),
  maxUrgeSpread: z.number(),
  dipDays: z.number().int(),
});
export type EffectiveStabilityThresholds = z.infer<typeof EffectiveStabilityThresholds>;

export const StableStretch = z.object({
  /** The first day of the stretch, in the client's zone. */
  since: z.iso.date(),
  /** The last check-in in the stretch. */
  through: z.iso.date(),
  /** Calendar days from `since` to `through`, inclusive. */
  days: z.number().int(),
  checkins: z.number().int(),
  dips: z.number().int(),
});
export type StableStretch = z.infer<typeof StableStretch>;

/** `signals.stability` on the caseload (SPEC §4): the current stable stretch, null when none. Clinicians only. */
export const CaseloadStabilitySignals = StableStretch.extend({
  /** The client's okay plan names what helps, or what they want from the care team, when calm feels unsafe. */
  okayPlanSaysVulnerable: z.boolean(),
  /** When the last caring note went to the client (scheduled or one-click), so a second click is a choice. */
  lastCaringNoteAt: IsoDateTime.nullable(),
});
export type CaseloadStabilitySignals = z.infer<typeof CaseloadStabilitySignals>;

/** The client's stability page for the care team: thresholds, the current stretch and the recent ones. */
export const StabilityView = z.object({
  clientId: Id,
  settings: StabilitySettings,
  thresholds: EffectiveStabilityThresholds,
  current: StableStretch.nullable(),
  /** Stretches in the last 90 days, oldest first (the current one last). An ended stretch is simply history. */
  recent: z.array(StableStretch),
  can: z.object({ configure: z.boolean() }),
});
export type StabilityView = z.infer<typeof StabilityView>;

/** A caring note sent now, in one click: the clinician's own words or the next template. */
export const SendCaringNoteBody = z.strictObject({ body: z.string().trim().min(1).max(CARING_CONTACT_MAX).optional() });
export type SendCaringNoteBody = z.infer<typeof SendCaringNoteBody>;
