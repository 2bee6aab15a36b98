import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { CareTeamRole } from './care-teams';
import { Role } from './identity';

/*
 * The safety plan (SPEC §2.7, CLINICAL.md §1): the six steps of the Safety Planning
 * Intervention (Stanley & Brown, 2012) plus what matters most and reasons for living.
 * Section names and all prompt words are our own; the published form is not copied.
 */

/** Sections in the order they are used: move to the next when one does not help. */
export const safetyPlanSections = [
  'warningSigns',
  'copingAlone',
  'distractions',
  'helpers',
  'professionals',
  'saferSurroundings',
  'mattersMost',
  'reasonsForLiving',
] as const;
export const SafetyPlanSection = z.enum(safetyPlanSections);
export type SafetyPlanSection = z.infer<typeof SafetyPlanSection>;

export const SAFETY_PLAN_ITEM_MAX = 500;
export const SAFETY_PLAN_LIST_MAX = 20;

const PlanText = z.string().trim().min(1).max(SAFETY_PLAN_ITEM_MAX);
const PlanList = z.array(PlanText).max(SAFETY_PLAN_LIST_MAX);
const Name = z.string().trim().min(1).max(120);

/**
 * Phone-ish, checked loosely: people write numbers their own way ("07700 900123",
 * "+44 (0)20 7946 0000", "111"). Digits, spaces and + ( ) - . only, with 3 to 20 digits,
 * so a tel: link can always be built from it.
 */
export const PlanPhone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ().-]+$/, 'Use digits, spaces and + ( ) - only')
  .refine((v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 3 && digits <= 20;
  }, 'A phone number has 3 to 20 digits');

/**
 * Builds the tel:/sms: target of a plan phone: digits and a leading plus only. A "(0)"
 * written after a country code ("+44 (0)20…") is not dialled, so it is dropped.
 */
export function phoneHref(phone: string, kind: 'tel' | 'sms'): string {
  const trimmed = phone.trim();
  const international = trimmed.startsWith('+');
  const dialled = international ? trimmed.replace(/\(0\)/g, '') : trimmed;
  return `${kind}:${international ? '+' : ''}${dialled.replace(/\D/g, '')}`;
}

export const DistractionPerson = z.strictObject({
  name: Name,
  phone: PlanPhone.optional(),
});
export type DistractionPerson = z.infer<typeof DistractionPerson>;

export const HelperContact = z.strictObject({
  name: Name,
  relationship: z.string().trim().min(1).max(120).optional(),
  phone: PlanPhone,
});
export type HelperContact = z.infer<typeof HelperContact>;

/** A service or professional beyond the care team: a local crisis team, the nearest A&E. */
export const ProfessionalContact = z.strictObject({
  name: Name,
  phone: PlanPhone.optional(),
  link: z
    .string()
    .trim()
    .max(300)
    .regex(/^https:\/\/\S+$/, 'A https:// link')
    .optional(),
  note: PlanText.optional(),
});
export type ProfessionalContact = z.infer<typeof ProfessionalContact>;

/** What is stored and edited. A partial plan is always valid: saving is never blocked. */
export const SafetyPlanContent = z.strictObject({
  warningSigns: PlanList,
  copingAlone: PlanList,
  distractions: z.strictObject({
    people: z.array(DistractionPerson).max(SAFETY_PLAN_LIST_MAX),
    places: PlanList,
  }),
  helpers: z.array(HelperContact).max(SAFETY_PLAN_LIST_MAX),
  professionals: z.array(ProfessionalContact).max(SAFETY_PLAN_LIST_MAX),
  saferSurroundings: PlanList,
  mattersMost: z.string().trim().max(SAFETY_PLAN_ITEM_MAX),
  reasonsForLiving: PlanList,
});
export type SafetyPlanContent = z.infer<typeof SafetyPlanContent>;

/** The plan before anything is written: version 0. */
export function emptySafetyPlan(): SafetyPlanContent {
  return {
    warningSigns: [],
    copingAlone: [],
    distractions: { people: [], places: [] },
    helpers: [],
    professionals: [],
    saferSurroundings: [],
    mattersMost: '',
    reasonsForLiving: [],
  };
}

/** Sections whose content differs between two plans: the "what changed" of each save. */
export function changedSafetyPlanSections(before: SafetyPlanContent, after: SafetyPlanContent): SafetyPlanSection[] {
  return safetyPlanSections.filter((section) => canonicalJson(before[section]) !== canonicalJson(after[section]));
}

// Stored plans come back from jsonb with their keys reordered: compare in a key-sorted form.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export const SafetyPlanPerson = z.object({ name: z.string(), role: Role });

/**
 * The care team and the on-call route, derived when the plan is read (never stored in it),
 * so a change of therapist or cover shows at once. Crisis lines are not repeated here:
 * the crisis screen shows the practice's lines itself.
 */
export const SafetyPlanCareRoute = z.object({
  careTeam: z.array(z.object({ name: z.string(), role: CareTeamRole, isPrimary: z.boolean() })),
  onCall: z.object({ label: z.string() }),
});
export type SafetyPlanCareRoute = z.infer<typeof SafetyPlanCareRoute>;

export const SafetyPlanView = z.object({
  clientId: Id,
  /** 0 when nothing has been written yet. */
  version: z.number().int().min(0),
  plan: SafetyPlanContent,
  careRoute: SafetyPlanCareRoute,
  updatedAt: IsoDateTime.nullable(),
  updatedBy: SafetyPlanPerson.nullable(),
  /** The last save by a clinician, with or without changes: reviewing together counts. */
  lastReviewedAt: IsoDateTime.nullable(),
  completeness: z.object({
    filledSteps: z.number().int().min(0),
    totalSteps: z.number().int().min(1),
    missing: z.array(SafetyPlanSection),
  }),
  can: z.object({ edit: z.boolean(), viewHistory: z.boolean() }),
});
export type SafetyPlanView = z.infer<typeof SafetyPlanView>;

/** PUT body: `baseVersion` is the version the editor started from (optimistic concurrency). */
export const SaveSafetyPlanBody = z.strictObject({
  plan: SafetyPlanContent,
  baseVersion: z.number().int().min(0),
});
export type SaveSafetyPlanBody = z.infer<typeof SaveSafetyPlanBody>;

/** `details` of the 409 answered to a stale `baseVersion`. */
export const SafetyPlanConflictDetails = z.object({
  currentVersion: z.number().int(),
  updatedBy: SafetyPlanPerson.nullable(),
});
export type SafetyPlanConflictDetails = z.infer<typeof SafetyPlanConflictDetails>;

export const SafetyPlanVersionSummary = z.object({
  version: z.number().int().min(1),
  createdAt: IsoDateTime,
  author: SafetyPlanPerson,
  changedSections: z.array(SafetyPlanSection),
});
export type SafetyPlanVersionSummary = z.infer<typeof SafetyPlanVersionSummary>;

export const SafetyPlanVersionList = z.object({
  clientId: Id,
  versions: z.array(SafetyPlanVersionSummary),
});
export type SafetyPlanVersionList = z.infer<typeof SafetyPlanVersionList>;

export const SafetyPlanVersionDetail = SafetyPlanVersionSummary.extend({
  clientId: Id,
  plan: SafetyPlanContent,
});
export type SafetyPlanVersionDetail = z.infer<typeof SafetyPlanVersionDetail>;

export const SafetyPlanVersionParams = z.strictObject({
  clientId: Id,
  version: z.coerce.number().int().min(1).max(1_000_000),
});
