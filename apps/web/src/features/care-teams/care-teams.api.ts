import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

/** One client and their care team; a client may read their own. */
export function useClientProfile(clientId: string | undefined, options: { stayOn401?: boolean } = {}) {
  return useQuery({
    queryKey: ['clients', clientId],
    queryFn: () => apiRequest(`/api/v1/clients/${encodeURIComponent(clientId ?? '')}`, (c) => c.ClientProfile),
    enabled: Boolean(clientId),
    meta: { stayOn401: options.stayOn401 ?? false },
  });
}
