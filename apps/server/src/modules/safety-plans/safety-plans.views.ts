import type { CareTeamMember, SafetyPlanConflictDetails, SafetyPlanVersionDetail, SafetyPlanVersionSummary, SafetyPlanView } from '@steadfast/contracts';
import { emptySafetyPlan } from '@steadfast/contracts';
import type { SafetyPlanVersionRow } from './safety-plans.queries';
import { completenessOf, normalisePlan } from './safety-plans.sections';
import { onCallLabel } from './safety-plans.words';

export interface PlanViewInput {
  clientId: string;
  latest: SafetyPlanVersionRow | undefined;
  careTeam: CareTeamMember[];
  practiceName: string;
  lastReviewedAt: Date | null;
  can: { edit: boolean; viewHistory: boolean };
}

/** The current plan with its derived care route; version 0 and an empty plan before the first save. */
export function toSafetyPlanView(input: PlanViewInput): SafetyPlanView {
  const plan = input.latest ? normalisePlan(input.latest.plan) : emptySafetyPlan();
  return {
    clientId: input.clientId,
    version: input.latest?.version ?? 0,
    plan,
    careRoute: {
      careTeam: input.careTeam.map((m) => ({ name: m.name, role: m.role, isPrimary: m.isPrimary })),
      onCall: { label: onCallLabel(input.practiceName) },
    },
    updatedAt: input.latest?.createdAt.toISOString() ?? null,
    updatedBy: input.latest ? authorOf(input.latest) : null,
    lastReviewedAt: input.lastReviewedAt?.toISOString() ?? null,
    completeness: completenessOf(plan, input.careTeam.length),
    can: input.can,
  };
}

type SummaryRow = Pick<SafetyPlanVersionRow, 'version' | 'createdAt' | 'authorName' | 'authorRole' | 'changedSections'>;

export function toVersionSummary(row: SummaryRow): SafetyPlanVersionSummary {
  return { version: row.version, createdAt: row.createdAt.toISOString(), author: authorOf(row), changedSections: row.changedSections };
}

export function toVersionDetail(row: SafetyPlanVersionRow): SafetyPlanVersionDetail {
  return { ...toVersionSummary(row), clientId: row.clientId, plan: normalisePlan(row.plan) };
}

export function toConflictDetails(current: SafetyPlanVersionRow | undefined): SafetyPlanConflictDetails {
  return { currentVersion: current?.version ?? 0, updatedBy: current ? authorOf(current) : null };
}

function authorOf(row: Pick<SafetyPlanVersionRow, 'authorName' | 'authorRole'>) {
  return { name: row.authorName, role: row.authorRole };
}
