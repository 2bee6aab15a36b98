import { crisisLineDefaults, crisisDefaultsFor, type CrisisLineInput, type CrisisLines } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { readLocalCopy, writeLocalCopy } from '../../app/local-copy';
import { isCrisisLinesCopy } from './crisis-copy';

const COPY_KEY = 'crisisLines';
export const crisisLinesKey = ['crisis-lines'] as const;

/**
 * The practice's crisis lines. The last good answer is kept on the device and shown first,
 * so the crisis screen paints at once; a 401 (expired session) keeps showing it.
 */
export function useCrisisLines() {
  return useQuery({
    queryKey: crisisLinesKey,
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

/** A set of lines for one country; several when we cannot know the person's country. */
export interface CrisisLineGroup {
  country: string;
  lines: CrisisLineInput[];
}

/**
 * What the crisis screen shows: the practice's own lines when known (from the server or the
 * device), else the bundled defaults for the practice's country, else the UK and US defaults.
 */
export function chooseCrisisLines(practiceLines: CrisisLines | undefined, country: string | undefined): CrisisLineGroup[] {
  if (practiceLines && practiceLines.lines.length > 0) {
    const lines = [...practiceLines.lines].sort((a, b) => a.position - b.position);
    return [{ country: practiceLines.country, lines }];
  }
  const known = practiceLines?.country ?? country;
  if (known) return [{ country: known, lines: crisisDefaultsFor(known) }];
  return Object.entries(crisisLineDefaults).map(([code, lines]) => ({ country: code, lines }));
}
