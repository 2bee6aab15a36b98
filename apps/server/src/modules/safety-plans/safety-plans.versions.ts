import { changedSafetyPlanSections, emptySafetyPlan, type SafetyPlanContent } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { findLatestVersion, insertVersionIfFree, type SafetyPlanVersionRow } from './safety-plans.queries';
import { normalisePlan } from './safety-plans.sections';

export interface AppendInput {
  practiceId: string;
  clientId: string;
  authorId: string;
  authorRole: 'client' | 'clinician';
  plan: SafetyPlanContent;
  /** The version the author started from; anything else is a conflict, never an overwrite. */
  baseVersion: number;
  at: Date;
}

export type AppendResult = { saved: true; version: number } | { saved: false; current: SafetyPlanVersionRow | undefined };

/**
 * Appends the next version when `baseVersion` is still the current one (optimistic
 * concurrency: two people editing at once never silently overwrite each other), recording
 * which sections changed. Used by the save use case and by the demo seed.
 */
export async function appendVersion(db: Db, input: AppendInput): Promise<AppendResult> {
  const latest = await findLatestVersion(db, input.practiceId, input.clientId);
  const current = latest?.version ?? 0;
  if (input.baseVersion !== current) return { saved: false, current: latest };
  const before = latest ? normalisePlan(latest.plan) : emptySafetyPlan();
  const version = current + 1;
  const inserted = await insertVersionIfFree(db, {
    practiceId: input.practiceId,
    clientId: input.clientId,
    version,
    plan: input.plan,
    authorId: input.authorId,
    authorRole: input.authorRole,
    changedSections: changedSafetyPlanSections(before, input.plan),
    createdAt: input.at,
  });
  if (!inserted) return { saved: false, current: await findLatestVersion(db, input.practiceId, input.clientId) };
  return { saved: true, version };
}
