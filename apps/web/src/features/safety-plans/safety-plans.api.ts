import { useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../app/api';
import { forgetLocalCopy, readLocalCopy, writeLocalCopy } from '../../app/local-copy';
import { isPlanCopy } from './plan-copy';

/**
 * The device's copy of the client's own plan; forgotten on a chosen sign-out. Also read by
 * public/help-boot.js: a copy here is worth the app taking over the server's /help.
 */
export const SAFETY_PLAN_COPY = 'safetyPlan';

/**
 * The client's safety plan, shown from the device's last copy first (offline, expired session)
 * and refreshed from the server. `clientId` is the client's id; undefined when who is signed in
 * is unknown (then only the device's copy shows); null for someone with no plan of their own.
 * A 404 means there is no plan to show: the copy is dropped.
 */
export function useSafetyPlan(clientId: string | null | undefined) {
  return useQuery({
    enabled: clientId !== null,
    queryKey: ['safety-plan', clientId === null ? 'nobody' : (clientId ?? 'this-device')],
    queryFn: async () => {
      if (!clientId) return readLocalCopy(SAFETY_PLAN_COPY, isPlanCopy) ?? null;
      try {
        const plan = await apiRequest(`/api/v1/clients/${encodeURIComponent(clientId)}/safety-plan`, (c) => c.SafetyPlanView);
        writeLocalCopy(SAFETY_PLAN_COPY, plan);
        return plan;
      } catch (error) {
        if (isApiError(error, 'not_found')) {
          forgetLocalCopy(SAFETY_PLAN_COPY);
          return null;
        }
        throw error;
      }
    },
    initialData: () => {
      if (clientId === null) return undefined;
      const copy = readLocalCopy(SAFETY_PLAN_COPY, isPlanCopy);
      return copy && (!clientId || copy.clientId === clientId) ? copy : undefined;
    },
    initialDataUpdatedAt: 0,
    meta: { stayOn401: true },
  });
}
