import { SafetyPlanVersionDetail, SafetyPlanVersionList, SafetyPlanView, type SafetyPlanContent } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { writeLocalCopy } from '../../app/local-copy';
import { SAFETY_PLAN_COPY } from './safety-plans.api';

const planPath = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/safety-plan`;

/** Query keys: the client's own plan keeps the key useSafetyPlan uses, so the crisis screen sees saves at once. */
export const planKeys = {
  own: (clientId: string) => ['safety-plan', clientId] as const,
  careTeam: (clientId: string) => ['safety-plan', clientId, 'care-team'] as const,
  versions: (clientId: string) => ['safety-plan', clientId, 'versions'] as const,
  version: (clientId: string, version: number) => ['safety-plan', clientId, 'versions', version] as const,
};

/**
 * A client's plan as their care team sees it. Never kept on the device: a clinician's
 * browser holds no copy of anyone's plan once the tab is closed.
 */
export function useCareTeamSafetyPlan(clientId: string) {
  return useQuery({ queryKey: planKeys.careTeam(clientId), queryFn: () => apiRequest(planPath(clientId), SafetyPlanView) });
}

/**
 * Saves the plan as a new version from `baseVersion`. The client's own save also refreshes the
 * device's copy, so the offline crisis screen shows the words just written.
 */
export function useSaveSafetyPlan(clientId: string, ownPlan: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { plan: SafetyPlanContent; baseVersion: number }) => apiRequest(planPath(clientId), SafetyPlanView, { method: 'PUT', body }),
    onSuccess: async (saved) => {
      if (ownPlan) writeLocalCopy(SAFETY_PLAN_COPY, saved);
      queryClient.setQueryData(ownPlan ? planKeys.own(clientId) : planKeys.careTeam(clientId), saved);
      await queryClient.invalidateQueries({ queryKey: planKeys.versions(clientId) });
    },
  });
}

/** Every version: who saved it, when, and which steps changed (clinicians only). */
export function useSafetyPlanVersions(clientId: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.versions(clientId),
    queryFn: () => apiRequest(`${planPath(clientId)}/versions`, SafetyPlanVersionList),
    enabled,
  });
}

/** One earlier version in full, loaded when it is opened. */
export function useSafetyPlanVersion(clientId: string, version: number | null) {
  return useQuery({
    queryKey: planKeys.version(clientId, version ?? 0),
    queryFn: () => apiRequest(`${planPath(clientId)}/versions/${version ?? 0}`, SafetyPlanVersionDetail),
    enabled: version !== null,
    // A saved version never changes.
    staleTime: Infinity,
  });
}
