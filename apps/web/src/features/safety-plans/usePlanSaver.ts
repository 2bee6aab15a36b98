import { changedSafetyPlanSections, type SafetyPlanContent, type SafetyPlanSection, type SafetyPlanView } from '@steadfast/contracts';
import { useState } from 'react';
import { isApiError } from '../../app/api';
import { mergeOntoNewer } from './safety-plans.draft';
import { useSaveSafetyPlan } from './safety-plans.editing.api';

export interface SaveConflict {
  /** Who saved the newer version, when the server said. */
  byName: string | null;
  bothChanged: SafetyPlanSection[];
  newer: SafetyPlanContent;
  /** This person's changes put on top of the newer plan, to check and save again. */
  merged: SafetyPlanContent;
}

export type SaveOutcome = { kind: 'saved'; view: SafetyPlanView } | { kind: 'unchanged' } | { kind: 'conflict'; conflict: SaveConflict } | { kind: 'failed' };

/**
 * Saving with optimistic concurrency. `base` is the version the person started from; a 409
 * loads the newer version, merges step by step and makes the newer version the new base, so
 * the next save is a deliberate one over words the person has now seen.
 */
export function usePlanSaver(clientId: string, ownPlan: boolean, start: SafetyPlanView, reload: () => Promise<SafetyPlanView | undefined>) {
  const mutation = useSaveSafetyPlan(clientId, ownPlan);
  const [base, setBase] = useState({ version: start.version, plan: start.plan });

  async function submit(plan: SafetyPlanContent, options: { evenIfUnchanged?: boolean } = {}): Promise<SaveOutcome> {
    if (!options.evenIfUnchanged && changedSafetyPlanSections(base.plan, plan).length === 0) return { kind: 'unchanged' };
    try {
      const view = await mutation.mutateAsync({ plan, baseVersion: base.version });
      setBase({ version: view.version, plan: view.plan });
      return { kind: 'saved', view };
    } catch (error) {
      if (!isApiError(error, 'conflict')) return { kind: 'failed' };
      const newer = await reload();
      if (!newer) return { kind: 'failed' };
      const { merged, bothChanged } = mergeOntoNewer(base.plan, plan, newer.plan);
      setBase({ version: newer.version, plan: newer.plan });
      const byName = (error.detail('updatedBy') as { name?: string } | null | undefined)?.name ?? null;
      return { kind: 'conflict', conflict: { byName, bothChanged, newer: newer.plan, merged } };
    }
  }

  return { submit, base, pending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
