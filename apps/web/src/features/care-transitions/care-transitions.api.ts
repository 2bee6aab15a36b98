import type { HandoverIntroductionBody, PlanDischargeBody, ReentryRequestBody, StartHandoverBody } from '@steadfast/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

const key = (clientId: string) => ['transitions', clientId] as const;
const base = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;

/** The client's handovers, discharge and re-entry requests, as the caller may see them. */
export function useTransitions(clientId: string | undefined) {
  return useQuery({ ...transitionsQuery(clientId ?? 'none'), enabled: Boolean(clientId) });
}

/** Handovers and discharge, as a query the client's home can start before it is drawn. */
export function transitionsQuery(clientId: string) {
  return queryOptions({ queryKey: key(clientId), queryFn: () => apiRequest(`${base(clientId)}/transitions`, (c) => c.CareTransitionsView) });
}

/** The transfer summary compiled now, the clinicians to choose from and the sessions ahead. */
export function useHandoverDraft(clientId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['handover-draft', clientId],
    queryFn: () => apiRequest(`${base(clientId)}/handovers/draft`, (c) => c.HandoverDraft),
    staleTime: Infinity,
  });
}

function useTransitionMutation<T>(clientId: string, request: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key(clientId) }),
        queryClient.invalidateQueries({ queryKey: ['handover'] }),
        queryClient.invalidateQueries({ queryKey: ['care-team', clientId] }),
        queryClient.invalidateQueries({ queryKey: ['clients', clientId] }),
      ]);
    },
  });
}

export function useStartHandover(clientId: string) {
  return useTransitionMutation(clientId, (body: StartHandoverBody) =>
    apiRequest(`${base(clientId)}/handovers`, (c) => c.HandoverResponse, { method: 'POST', body }),
  );
}

export function useHandoverStep(clientId: string) {
  return useTransitionMutation(clientId, ({ id, step }: { id: string; step: 'cancel' | 'finish' }) =>
    apiRequest(`${base(clientId)}/handovers/${encodeURIComponent(id)}/${step}`, (c) => c.HandoverResponse, { method: 'POST', body: {} }),
  );
}

export function useWriteIntroduction(clientId: string) {
  return useTransitionMutation(clientId, ({ id, ...body }: HandoverIntroductionBody & { id: string }) =>
    apiRequest(`/api/v1/handovers/${encodeURIComponent(id)}/introduction`, (c) => c.HandoverResponse, { method: 'PUT', body }),
  );
}

export function usePlanDischarge(clientId: string) {
  return useTransitionMutation(clientId, (body: PlanDischargeBody) =>
    apiRequest(`${base(clientId)}/discharge`, (c) => c.DischargeResponse, { method: 'POST', body }),
  );
}

export function useCancelDischarge(clientId: string) {
  return useTransitionMutation(clientId, (id: string) =>
    apiRequest(`${base(clientId)}/discharge/${encodeURIComponent(id)}/cancel`, (c) => c.DischargeResponse, { method: 'POST', body: {} }),
  );
}

export function useRequestReentry(clientId: string) {
  return useTransitionMutation(clientId, (body: ReentryRequestBody) =>
    apiRequest(`${base(clientId)}/reentry-requests`, (c) => c.ReentryRequestResponse, { method: 'POST', body }),
  );
}

/** A handover made to the caller, with its summary: the new clinician reads it before the overlap opens the client to them. */
export function useIncomingHandover(handoverId: string) {
  return useQuery({
    queryKey: ['handover', handoverId],
    queryFn: () => apiRequest(`/api/v1/handovers/${encodeURIComponent(handoverId)}`, (c) => c.HandoverResponse),
  });
}

export function useWelcomeBack(clientId: string) {
  return useTransitionMutation(clientId, () => apiRequest(`${base(clientId)}/reentry/accept`, (c) => c.CareTransitionsView, { method: 'POST', body: {} }));
}
