import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '../../app/api';
// Kept apart from care-teams.api.ts: the crisis screen reads a client's profile from there and must
// not pull in the event stream (and zod with it) before its first paint.
import { useRealtimeEvents } from '../realtime/realtime';

const caseloadKey = ['clients'] as const;

/** The clinician's caseload (SPEC §2.8); `live` says the event stream keeps it current, else it is fetched once a minute. */
export function useCaseload(live = true) {
  return useQuery({ queryKey: caseloadKey, queryFn: () => apiRequest('/api/v1/clients', (c) => c.Caseload), refetchInterval: live ? false : 60_000 });
}

/**
 * Refreshes the caseload when a flag is raised, escalated or acknowledged (its risk signals and
 * order change with them) and when a check-in arrives or is edited (its check-in line: last day,
 * 14-day strip, self-neglect), and when a care team changes (who is on it, the caller's own clients).
 * Message events refresh it through useMessageUpdates.
 */
export function useCaseloadSignalUpdates(): boolean {
  const queryClient = useQueryClient();
  return useRealtimeEvents((notice) => {
    if (notice.type.startsWith('flag.') || notice.type.startsWith('checkin.') || notice.type === 'careTeam.changed') {
      void queryClient.invalidateQueries({ queryKey: caseloadKey, exact: true });
    }
  });
}

/**
 * Fetches the caseload again when the next promised reply falls due, so the order (overdue first)
 * changes on an open page without waiting for an event.
 */
export function useRefetchWhenDue(nextDue: string | undefined, now: number): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!nextDue) return undefined;
    // setTimeout cannot wait longer than ~24 days; a day is plenty, the page re-arms it.
    const wait = Math.min(Math.max(Date.parse(nextDue) - now + 1_000, 1_000), 86_400_000);
    const timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: caseloadKey, exact: true }), wait);
    return () => clearTimeout(timer);
  }, [nextDue, now, queryClient]);
}
