import { PlanPhone, SAFETY_PLAN_LIST_MAX, changedSafetyPlanSections, type SafetyPlanContent, type SafetyPlanSection } from '@steadfast/contracts';
import { safetyPlanEditorWords as words } from './safety-plans.words';

/**
 * The plan while it is being written: every field a plain string, blank rows allowed, so a
 * person can add a row before they know what to put in it. `toPlan` turns it back into what
 * the API stores: trimmed, blank rows dropped, blank optional fields left out.
 */
export interface PlanDraft {
  warningSigns: string[];
  copingAlone: string[];
  distractions: { people: { name: string; phone: string }[]; places: string[] };
  helpers: { name: string; relationship: string; phone: string }[];
  professionals: { name: string; phone: string; link: string; note: string }[];
  saferSurroundings: string[];
  mattersMost: string;
  reasonsForLiving: string[];
}

export type TextListSection = 'warningSigns' | 'copingAlone' | 'saferSurroundings' | 'reasonsForLiving';
export const listMax = SAFETY_PLAN_LIST_MAX;

export function toDraft(plan: SafetyPlanContent): PlanDraft {
  return {
    warningSigns: [...plan.warningSigns],
    copingAlone: [...plan.copingAlone],
    distractions: {
      people: plan.distractions.people.map((p) => ({ name: p.name, phone: p.phone ?? '' })),
      places: [...plan.distractions.places],
    },
    helpers: plan.helpers.map((h) => ({ name: h.name, relationship: h.relationship ?? '', phone: h.phone })),
    professionals: plan.professionals.map((p) => ({ name: p.name, phone: p.phone ?? '', link: p.link ?? '', note: p.note ?? '' })),
    saferSurroundings: [...plan.saferSurroundings],
    mattersMost: plan.mattersMost,
    reasonsForLiving: [...plan.reasonsForLiving],
  };
}

const texts = (items: string[]) => items.map((s) => s.trim()).filter((s) => s.length > 0);
const blank = (values: string[]) => values.every((v) => v.trim() === '');
/** Leaves an optional field out when blank, as the contract expects. */
const optional = <K extends string>(key: K, value: string): { [P in K]?: string } => (value.trim() ? { [key]: value.trim() } : {}) as { [P in K]?: string };

export function toPlan(draft: PlanDraft): SafetyPlanContent {
  return {
    warningSigns: texts(draft.warningSigns),
    copingAlone: texts(draft.copingAlone),
    distractions: {
      people: draft.distractions.people.filter((p) => !blank([p.name, p.phone])).map((p) => ({ name: p.name.trim(), ...optional('phone', p.phone) })),
      places: texts(draft.distractions.places),
    },
    helpers: draft.helpers
      .filter((h) => !blank([h.name, h.relationship, h.phone]))
      .map((h) => ({ name: h.name.trim(), ...optional('relationship', h.relationship), phone: h.phone.trim() })),
    professionals: draft.professionals
      .filter((p) => !blank([p.name, p.phone, p.link, p.note]))
      .map((p) => ({ name: p.name.trim(), ...optional('phone', p.phone), ...optional('link', p.link), ...optional('note', p.note) })),
    saferSurroundings: texts(draft.saferSurroundings),
    mattersMost: draft.mattersMost.trim(),
    reasonsForLiving: texts(draft.reasonsForLiving),
  };
}

/** Field problems keyed by path ("helpers.0.phone"), in words for the person writing. */
export type DraftErrors = Record<string, string>;

/** What must be fixed before saving: contact details the API would refuse, explained kindly. */
export function draftErrors(draft: PlanDraft): DraftErrors {
  const errors: DraftErrors = {};
  const checkPhone = (path: string, phone: string, required: boolean) => {
    if (!phone.trim()) {
      if (required) errors[path] = words.errors.phoneNeeded;
    } else if (!PlanPhone.safeParse(phone).success) errors[path] = words.errors.phoneInvalid;
  };
  draft.distractions.people.forEach((p, i) => {
    if (blank([p.name, p.phone])) return;
    if (!p.name.trim()) errors[`distractions.people.${i}.name`] = words.errors.nameNeeded;
    checkPhone(`distractions.people.${i}.phone`, p.phone, false);
  });
  draft.helpers.forEach((h, i) => {
    if (blank([h.name, h.relationship, h.phone])) return;
    if (!h.name.trim()) errors[`helpers.${i}.name`] = words.errors.nameNeeded;
    checkPhone(`helpers.${i}.phone`, h.phone, true);
  });
  draft.professionals.forEach((p, i) => {
    if (blank([p.name, p.phone, p.link, p.note])) return;
    if (!p.name.trim()) errors[`professionals.${i}.name`] = words.errors.nameNeeded;
    checkPhone(`professionals.${i}.phone`, p.phone, false);
    if (p.link.trim() && !/^https:\/\/\S+$/.test(p.link.trim())) errors[`professionals.${i}.link`] = words.errors.linkInvalid;
  });
  return errors;
}

/** Errors that belong to one section, for the guided flow that shows one step at a time. */
export function sectionErrors(errors: DraftErrors, section: SafetyPlanSection): DraftErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith(`${section}.`)));
}

export interface Merge {
  merged: SafetyPlanContent;
  /** Steps both people changed: the merged plan holds this person's words for them. */
  bothChanged: SafetyPlanSection[];
}

/**
 * After a 409, puts this person's changes on top of the newer plan, step by step: steps only
 * they changed take their words, steps only the other person changed keep the other's. Nothing
 * is saved until the person has looked and saves again, so nobody's words vanish unseen.
 */
export function mergeOntoNewer(base: SafetyPlanContent, mine: SafetyPlanContent, newer: SafetyPlanContent): Merge {
  const mineChanged = changedSafetyPlanSections(base, mine);
  const theirsChanged = new Set(changedSafetyPlanSections(base, newer));
  const merged: SafetyPlanContent = { ...newer };
  for (const section of mineChanged) Object.assign(merged, { [section]: mine[section] });
  return { merged, bothChanged: mineChanged.filter((s) => theirsChanged.has(s)) };
}
