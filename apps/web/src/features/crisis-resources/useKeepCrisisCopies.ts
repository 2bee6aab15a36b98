import type { MeResponse } from '@steadfast/contracts';
import { useSafetyPlan } from '../safety-plans/safety-plans.api';
import { useCrisisLines } from './crisis-resources.api';

/**
 * Refreshes the device's copies of the crisis lines and the client's own plan on every
 * signed-in page, so the crisis screen has them offline even if it was never opened online.
 */
export function useKeepCrisisCopies(me: MeResponse): void {
  useCrisisLines();
  useSafetyPlan(me.user.role === 'client' ? (me.user.clientId ?? null) : null);
}
