import type { Conversation, Message, SendMessageResponse } from '@steadfast/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { useRealtimeEvents } from '../realtime/realtime';
import type { OutboxItem } from './messaging.outbox';

/** Query keys: every conversation sits under ['messages'], so one invalidation refreshes them all. */
export const messagingKeys = {
  all: ['messages'] as const,
  conversation: (clientId: string) => ['messages', clientId] as const,
  templates: ['message-templates'] as const,
};

/** The caseload's key (care-teams.api.ts); its signals change when messages do. */
const caseloadKey = ['clients'] as const;

type Pages = InfiniteData<Conversation>;

const conversationPath = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/messages`;

/**
 * The conversation in pages, newest page first; each page is oldest-first. `live` says the event
 * stream keeps it current; while it is not, the newest messages are fetched once a minute.
 */
export function useConversation(clientId: string, live: boolean) {
  return useInfiniteQuery({
    queryKey: messagingKeys.conversation(clientId),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`${conversationPath(clientId)}${pageParam ? `?before=${encodeURIComponent(pageParam)}` : ''}`, (c) => c.Conversation, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.olderCursor,
    refetchInterval: live ? false : 60_000,
  });
}

/** Every loaded message, oldest first, each once. */
export function messagesOf(data: Pages | undefined): Message[] {
  if (!data) return [];
  const seen = new Set<string>();
  const out: Message[] = [];
  for (const page of [...data.pages].reverse()) {
    for (const m of page.messages) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      out.push(m);
    }
  }
  return out;
}

/** Puts one message as the server now describes it into the cached conversation (new or changed). */
export function putMessage(queryClient: QueryClient, message: Message): void {
  queryClient.setQueryData<Pages>(messagingKeys.conversation(message.clientId), (data) => {
    if (!data || data.pages.length === 0) return data;
    const known = data.pages.some((p) => p.messages.some((m) => m.id === message.id));
    const pages = known
      ? data.pages.map((p) => ({ ...p, messages: p.messages.map((m) => (m.id === message.id ? message : m)) }))
      : [{ ...data.pages[0]!, messages: [...data.pages[0]!.messages, message] }, ...data.pages.slice(1)];
    return { ...data, pages };
  });
}

/** Sends one outbox item with its Idempotency-Key: a retry returns the same message, never a second one. */
export function sendOutboxItem(item: OutboxItem): Promise<SendMessageResponse> {
  return apiRequest(conversationPath(item.clientId), (c) => c.SendMessageResponse, {
    method: 'POST',
    headers: { 'idempotency-key': item.key },
    body: item.intent ? { intent: item.intent, body: item.body } : { body: item.body },
    // A send that hangs would hold the outbox: give up, and retry with the same key.
    signal: AbortSignal.timeout(30_000),
  });
}

/**
 * Refreshes conversations and the caseload when the event stream says a message was written or
 * changed (a receipt, "no reply needed"), so open views update within a second. Returns whether
 * the stream is connected.
 */
export function useMessageUpdates(): boolean {
  const queryClient = useQueryClient();
  return useRealtimeEvents((notice) => {
    if (notice.type !== 'resync' && !notice.type.startsWith('message.')) return;
    const conversation = notice.type !== 'resync' && notice.clientId ? messagingKeys.conversation(notice.clientId) : messagingKeys.all;
    void queryClient.invalidateQueries({ queryKey: conversation });
    void queryClient.invalidateQueries({ queryKey: caseloadKey, exact: true });
  });
}

/** Records that the person has seen a message; the answer carries the new receipt. */
export function useMarkSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => apiRequest(`/api/v1/messages/${encodeURIComponent(messageId)}/seen`, (c) => c.MessageResponse, { method: 'POST' }),
    onSuccess: ({ message }) => putMessage(queryClient, message),
  });
}

/** A clinician closes a client's message without a reply, with an optional kind word back. */
export function useMarkNoReplyNeeded(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ messageId, note }: { messageId: string; note?: string }) =>
      apiRequest(`/api/v1/messages/${encodeURIComponent(messageId)}/no-reply-needed`, (c) => c.MessageResponse, {
        method: 'POST',
        ...(note ? { body: { note } } : {}),
      }),
    onSuccess: async ({ message }) => {
      putMessage(queryClient, message);
      // The kind word went out as a reply: fetch it into the thread.
      await queryClient.invalidateQueries({ queryKey: messagingKeys.conversation(clientId) });
    },
  });
}

/** The practice's reply templates, for clinicians. */
export function useTemplates(enabled: boolean) {
  return useQuery({
    queryKey: messagingKeys.templates,
    queryFn: () => apiRequest('/api/v1/message-templates', (c) => c.MessageTemplateList),
    enabled,
    staleTime: 5 * 60_000,
  });
}
