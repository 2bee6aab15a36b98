import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { TimelineKind } from '@steadfast/contracts';
import { apiRequest } from '../../app/api';
import { useRealtimeEvents } from '../realtime/realtime';

const PAGE = 30;

export const timelineKeys = { client: (clientId: string) => ['timeline', clientId] as const };

/**
 * A client's timeline in pages of 30, newest first, of the kinds asked for (all when null). A
 * change to this client (a message, a check-in, a flag) refetches it, so an open timeline stays current.
 */
export function useTimeline(clientId: string | undefined, kinds: TimelineKind[] | null) {
  const queryClient = useQueryClient();
  useRealtimeEvents((notice) => {
    if (clientId && (notice.type === 'resync' || notice.clientId === clientId)) void queryClient.invalidateQueries({ queryKey: timelineKeys.client(clientId) });
  });
  return useInfiniteQuery({
    enabled: Boolean(clientId),
    queryKey: [...timelineKeys.client(clientId ?? 'none'), kinds?.join(',') ?? 'all'],
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ limit: String(PAGE) });
      if (kinds) query.set('kinds', kinds.join(','));
      if (pageParam) query.set('before', pageParam);
      return apiRequest(`/api/v1/clients/${encodeURIComponent(clientId!)}/timeline?${query}`, (c) => c.TimelinePage, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
