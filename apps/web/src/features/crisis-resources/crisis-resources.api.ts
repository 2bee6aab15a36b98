import type { CrisisLineInput } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { readLocalCopy, writeLocalCopy } from '../../app/local-copy';
import { isCrisisLinesCopy } from './crisis-copy';

/** Also read by public/help-boot.js: a copy here is worth the app taking over the server's /help. */
const COPY_KEY = 'crisisLines';
export const crisisLinesKey = ['crisis-lines'] as const;

/**
 * The practice's crisis lines. The last good answer is kept on the device and shown first,
 * so the crisis screen paints at once; a 401 (expired session) keeps showing it.
 */
export function useCrisisLines({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: crisisLinesKey,
    enabled,
    queryFn: async () => {
      const lines = await apiRequest('/api/v1/crisis-lines', (c) => c.CrisisLines);
      writeLocalCopy(COPY_KEY, lines);
      return lines;
    },
    initialData: () => readLocalCopy(COPY_KEY, isCrisisLinesCopy),
    // The local copy is shown at once and always checked against the server.
    initialDataUpdatedAt: 0,
    meta: { stayOn401: true },
  });
}

export function useReplaceCrisisLines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lines: CrisisLineInput[]) => apiRequest('/api/v1/crisis-lines', (c) => c.CrisisLines, { method: 'PUT', body: { lines } }),
    onSuccess: (saved) => {
      writeLocalCopy(COPY_KEY, saved);
      queryClient.setQueryData(crisisLinesKey, saved);
    },
  });
}

// The choice lives in the contracts: the server makes it too, for /help's first answer.
export { chooseCrisisLines, type CrisisLineGroup } from '@steadfast/contracts';
