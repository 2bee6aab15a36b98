import { emptySafetyPlan, safetyPlanSections, type SafetyPlanContent, type SafetyPlanSection } from '@steadfast/contracts';

export interface Completeness {
  filledSteps: number;
  totalSteps: number;
  missing: SafetyPlanSection[];
}

/**
 * Which sections still have nothing in them, so the app can guide rather than show a blank
 * page (CLINICAL.md §1.2: prompt for completeness, never block saving a partial plan). The
 * care team counts towards "professionals": it is part of every plan, derived when read.
 */
export function completenessOf(plan: SafetyPlanContent, careTeamSize: number): Completeness {
  const filled: Record<SafetyPlanSection, boolean> = {
    warningSigns: plan.warningSigns.length > 0,
    copingAlone: plan.copingAlone.length > 0,
    distractions: plan.distractions.people.length + plan.distractions.places.length > 0,
    helpers: plan.helpers.length > 0,
    professionals: plan.professionals.length > 0 || careTeamSize > 0,
    saferSurroundings: plan.saferSurroundings.length > 0,
    mattersMost: plan.mattersMost.trim().length > 0,
    reasonsForLiving: plan.reasonsForLiving.length > 0,
  };
  const missing = safetyPlanSections.filter((section) => !filled[section]);
  return { filledSteps: safetyPlanSections.length - missing.length, totalSteps: safetyPlanSections.length, missing };
}

/**
 * A stored plan read back in today's shape: a section added to the contract after the plan
 * was saved reads as empty instead of failing the response.
 */
export function normalisePlan(stored: Partial<SafetyPlanContent>): SafetyPlanContent {
  const empty = emptySafetyPlan();
  return { ...empty, ...stored, distractions: { ...empty.distractions, ...stored.distractions } };
}
