import type { AgreementTerms } from '@steadfast/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

const keys = { agreement: (clientId: string) => ['agreement', clientId] as const, absences: ['absences'] as const };
const base = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/agreement`;

/** The agreement in force, a proposed change beside it, the absences ahead and who covers now. */
export function useAgreement(clientId: string | undefined) {
  return useQuery({
    ...agreementQuery(clientId ?? 'none'),
    enabled: Boolean(clientId),
    // A proposal or an absence can arrive at any time: every page that shows the agreement reads it afresh.
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

/** The agreement in force, as a query the client's home can start before it is drawn. */
export function agreementQuery(clientId: string) {
  return queryOptions({ queryKey: keys.agreement(clientId), queryFn: () => apiRequest(base(clientId), (c) => c.AgreementResponse) });
}

function useAgreementMutation<T>(clientId: string, request: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.agreement(clientId) }) });
}

export function useSignAgreement(clientId: string) {
  return useAgreementMutation(clientId, (version: number) =>
    apiRequest(`${base(clientId)}/sign`, (c) => c.AgreementResponse, { method: 'POST', body: { version } }),
  );
}

export function useProposeAgreement(clientId: string) {
  return useAgreementMutation(clientId, (terms: AgreementTerms) =>
    apiRequest(`${base(clientId)}/proposals`, (c) => c.AgreementResponse, { method: 'POST', body: { terms } }),
  );
}

export function useMyAbsences() {
  return useQuery({ queryKey: keys.absences, queryFn: () => apiRequest('/api/v1/me/absences', (c) => c.AbsenceList) });
}

export function useSetAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { startsAt: string; endsAt: string; coverClinicianId: string; note: string }) =>
      apiRequest('/api/v1/me/absences', (c) => c.AbsenceSetView, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.absences }),
  });
}

export function useCancelAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/v1/me/absences/${encodeURIComponent(id)}`, (c) => c.Ok, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.absences }),
  });
}
