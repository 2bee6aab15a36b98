import { useQueryClient } from '@tanstack/react-query';
// Kept apart from care-teams.api.ts for the same reason as the caseload's: the crisis screen reads a
// client's profile from there and must not pull in the event stream before its first paint.
import { useRealtimeEvents } from '../realtime/realtime';

/**
 * Keeps an open care-team page current: a member added, changed or ended by someone else (the
 * admin, the primary clinician in another tab) shows without a reload.
 */
export function useCareTeamUpdates(clientId: string | undefined): boolean {
  const queryClient = useQueryClient();
  return useRealtimeEvents((notice) => {
    if (notice.type === 'resync' || (notice.type === 'careTeam.changed' && notice.clientId === clientId)) {
      void queryClient.invalidateQueries({ queryKey: ['care-team', clientId ?? 'none'] });
      void queryClient.invalidateQueries({ queryKey: ['clients', clientId], exact: true });
    }
  });
}
