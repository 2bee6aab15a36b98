import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

/** Twelve weeks: a quarter is long enough to see a pattern and short enough to read. */
export const BALANCE_WEEKS = 12;

/** A client's care-contact balance; a caller without the permission gets a 403, and the page shows nothing. */
export function useClientCareBalance(clientId: string | undefined) {
  return useQuery({
    enabled: Boolean(clientId),
    queryKey: ['care-balance', clientId ?? 'none'],
    queryFn: () => apiRequest(`/api/v1/clients/${encodeURIComponent(clientId!)}/care-balance?weeks=${BALANCE_WEEKS}`, (c) => c.ClientCareBalance),
    retry: false,
  });
}

export function usePracticeCareBalance() {
  return useQuery({
    queryKey: ['care-balance', 'practice'],
    queryFn: () => apiRequest(`/api/v1/practice/care-balance?weeks=${BALANCE_WEEKS}`, (c) => c.PracticeCareBalance),
  });
}
