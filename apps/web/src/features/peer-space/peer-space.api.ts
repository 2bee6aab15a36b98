import type {
  CreatePeerPostBody,
  CreatePeerReplyBody,
  JoinPeerSpaceBody,
  PeerMemberStandingBody,
  PeerModerateBody,
  PeerReactionBody,
  UpdatePeerSettingsBody,
} from '@steadfast/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { useRealtimeEvents } from '../realtime/realtime';

export const peerKeys = {
  all: ['peer'] as const,
  space: ['peer', 'space'] as const,
  posts: (order: string, q: string) => ['peer', 'posts', order, q] as const,
  thread: (id: string) => ['peer', 'thread', id] as const,
  queue: ['peer', 'moderation'] as const,
  settings: ['peer', 'settings'] as const,
};

/** Where the caller stands in the space: open or not, their membership, what they can do. */
export function usePeerSpace(enabled = true) {
  return useQuery({ enabled, queryKey: peerKeys.space, queryFn: () => apiRequest('/api/v1/peer', (c) => c.PeerSpaceView), staleTime: 60_000 });
}

/** Posts a page at a time, newest or most related-to first. */
export function usePeerPosts(order: 'newest' | 'related', q: string, enabled: boolean) {
  return useInfiniteQuery({
    enabled,
    queryKey: peerKeys.posts(order, q),
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ order, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) });
      return apiRequest(`/api/v1/peer/posts?${params.toString()}`, (c) => c.PeerPostList);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePeerThread(postId: string) {
  return useQuery({ queryKey: peerKeys.thread(postId), queryFn: () => apiRequest(`/api/v1/peer/posts/${encodeURIComponent(postId)}`, (c) => c.PeerThread) });
}

/** Refetches what the space shows when something in it changes (ids only on the stream), and after a reconnection. */
export function usePeerUpdates(): boolean {
  const queryClient = useQueryClient();
  return useRealtimeEvents((notice) => {
    if (notice.type === 'resync' || notice.type.startsWith('peer.')) void queryClient.invalidateQueries({ queryKey: peerKeys.all });
  });
}

function usePeerMutation<I, O>(request: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => queryClient.invalidateQueries({ queryKey: peerKeys.all }) });
}

export const useJoinPeerSpace = () =>
  usePeerMutation((body: JoinPeerSpaceBody) => apiRequest('/api/v1/peer/members', (c) => c.PeerMembershipView, { method: 'POST', body }));

export const useShareParticipation = () =>
  usePeerMutation((shareWithCareTeam: boolean) => apiRequest('/api/v1/peer/me', (c) => c.PeerMembershipView, { method: 'PUT', body: { shareWithCareTeam } }));

export const useCreatePost = () =>
  usePeerMutation((body: CreatePeerPostBody) => apiRequest('/api/v1/peer/posts', (c) => c.PeerPostResult, { method: 'POST', body }));

export const useCreateReply = (postId: string) =>
  usePeerMutation((body: CreatePeerReplyBody) =>
    apiRequest(`/api/v1/peer/posts/${encodeURIComponent(postId)}/replies`, (c) => c.PeerReplyResult, { method: 'POST', body }),
  );

export const useReaction = (postId: string) =>
  usePeerMutation(({ on, ...body }: PeerReactionBody & { on: boolean }) =>
    apiRequest(`/api/v1/peer/posts/${encodeURIComponent(postId)}/reactions`, (c) => c.PeerReactionsResponse, { method: on ? 'POST' : 'DELETE', body }),
  );

export const useReport = () =>
  usePeerMutation(({ itemId, reason }: { itemId: string; reason: string }) =>
    apiRequest(`/api/v1/peer/items/${encodeURIComponent(itemId)}/report`, (c) => c.Ok, { method: 'POST', body: { reason } }),
  );

export const useSendToCareTeam = () =>
  usePeerMutation((itemId: string) =>
    apiRequest(`/api/v1/peer/items/${encodeURIComponent(itemId)}/send-to-care-team`, (c) => c.PeerSentToCareTeam, { method: 'POST', body: {} }),
  );

export function useModerationQueue(enabled: boolean) {
  return useQuery({ enabled, queryKey: peerKeys.queue, queryFn: () => apiRequest('/api/v1/peer/moderation', (c) => c.PeerModerationQueue) });
}

export const useModerate = () =>
  usePeerMutation(({ itemId, ...body }: PeerModerateBody & { itemId: string }) =>
    apiRequest(`/api/v1/peer/items/${encodeURIComponent(itemId)}/moderation`, (c) => c.PeerModerated, { method: 'POST', body }),
  );

export const useMemberStanding = () =>
  usePeerMutation(({ memberId, ...body }: PeerMemberStandingBody & { memberId: string }) =>
    apiRequest(`/api/v1/peer/members/${encodeURIComponent(memberId)}/standing`, (c) => c.PeerMembershipView, { method: 'POST', body }),
  );

export function usePeerSettings() {
  return useQuery({ queryKey: peerKeys.settings, queryFn: () => apiRequest('/api/v1/peer/settings', (c) => c.PeerSettingsView) });
}

export const useUpdatePeerSettings = () =>
  usePeerMutation((body: UpdatePeerSettingsBody) => apiRequest('/api/v1/peer/settings', (c) => c.PeerSettingsView, { method: 'PUT', body }));

/** For the care team: whether the client takes part, only when the client agreed to them knowing. */
export function usePeerParticipation(clientId: string) {
  return useQuery({
    queryKey: ['peer-participation', clientId],
    queryFn: () => apiRequest(`/api/v1/clients/${encodeURIComponent(clientId)}/peer-participation`, (c) => c.PeerParticipationView),
  });
}
