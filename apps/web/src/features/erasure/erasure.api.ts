import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

const key = (clientId: string) => ['erasure', clientId] as const;
const base = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/erasure`;

/** The client's erasure: their request and what erasing would do (or did). */
export function useErasure(clientId: string | undefined, enabled = true) {
  return useQuery({
    enabled: Boolean(clientId) && enabled,
    queryKey: key(clientId ?? 'none'),
    queryFn: () => apiRequest(base(clientId!), (c) => c.ErasureView),
  });
}

/** The practice's erasure requests (admin). */
export function useErasureRequests() {
  return useQuery({ queryKey: ['erasure-requests'], queryFn: () => apiRequest('/api/v1/erasure-requests', (c) => c.ErasureRequestList) });
}

function useErasureStep(clientId: string, step: 'request' | 'withdraw' | 'confirm') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(`${base(clientId)}/${step}`, (c) => c.ErasureView, { method: 'POST', body: {} }),
    onSuccess: async (view) => {
      queryClient.setQueryData(key(clientId), view);
      await queryClient.invalidateQueries({ queryKey: ['erasure-requests'] });
    },
  });
}

export const useRequestErasure = (clientId: string) => useErasureStep(clientId, 'request');
export const useWithdrawErasure = (clientId: string) => useErasureStep(clientId, 'withdraw');
export const useConfirmErasure = (clientId: string) => useErasureStep(clientId, 'confirm');
