import type { ShiftBody } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

const keys = { all: ['on-call'] as const, rota: ['on-call', 'rota'] as const, now: ['on-call', 'now'] as const };

/** The rota around now, with the practice's clinicians and escalation windows. */
export function useRota() {
  return useQuery({ queryKey: keys.rota, queryFn: () => apiRequest('/api/v1/on-call/shifts', (c) => c.ShiftList) });
}

export function useOnCallNow() {
  return useQuery({ queryKey: keys.now, queryFn: () => apiRequest('/api/v1/on-call/now', (c) => c.OnCallNowView), refetchInterval: 60_000 });
}

function useRotaMutation<T>(request: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

export function useSaveShift() {
  return useRotaMutation(({ id, body }: { id?: string; body: ShiftBody }) =>
    apiRequest(id ? `/api/v1/on-call/shifts/${encodeURIComponent(id)}` : '/api/v1/on-call/shifts', (c) => c.ShiftView, { method: id ? 'PUT' : 'POST', body }),
  );
}

export function useEndShift() {
  return useRotaMutation((id: string) => apiRequest(`/api/v1/on-call/shifts/${encodeURIComponent(id)}/end`, (c) => c.ShiftView, { method: 'POST' }));
}

export function useDeleteShift() {
  return useRotaMutation((id: string) => apiRequest(`/api/v1/on-call/shifts/${encodeURIComponent(id)}`, (c) => c.Ok, { method: 'DELETE' }));
}
