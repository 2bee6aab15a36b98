import type { MeResponse, Message } from '@steadfast/contracts';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useNow } from '../risk/risk.api';
import { messagesOf, useConversation, useMarkSeen, useMessageUpdates } from './messaging.api';
import { unseenFromOtherSide } from './messaging.display';
import { useOnline, useOutbox } from './useOutbox';

/**
 * Everything an open conversation needs, for a client and for a clinician alike: the pages of
 * messages kept current by the event stream, this device's outbox for it, the connection, a
 * ticking clock for "14:02" words, a live region's words, and receipts for what was opened.
 */
export function useConversationView(me: MeResponse, clientId: string) {
  const live = useMessageUpdates();
  const conversation = useConversation(clientId, live);
  const messages = useMemo(() => messagesOf(conversation.data), [conversation.data]);
  const { outbox, items } = useOutbox(me.user.id, clientId);
  const online = useOnline();
  const now = useNow();
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);
  useSeenOnOpen(messages, { name: me.user.name, isClient: me.user.role === 'client' });
  return { live, conversation, messages, outbox, pending: items, online, now, announcement, announce, first: conversation.data?.pages[0] };
}

/**
 * Opening the conversation is seeing it: messages from the other side that this person has not
 * yet opened get their receipt ("Seen by Dana · 14:02"), but only while the page is really in
 * front of them, never from a tab in the background.
 */
function useSeenOnOpen(messages: Message[], me: { name: string; isClient: boolean }) {
  const markSeen = useMarkSeen();
  const asked = useRef(new Set<string>());
  const visible = useDocumentVisible();
  const { mutateAsync } = markSeen;
  const { name, isClient } = me;
  useEffect(() => {
    if (!visible) return;
    for (const m of unseenFromOtherSide(messages, { name, isClient })) {
      if (asked.current.has(m.id)) continue;
      asked.current.add(m.id);
      // A failed receipt is asked for again on the next change of the conversation.
      mutateAsync(m.id).catch(() => asked.current.delete(m.id));
    }
  }, [messages, visible, name, isClient, mutateAsync]);
}

function useDocumentVisible(): boolean {
  return useSyncExternalStore(
    (change) => {
      document.addEventListener('visibilitychange', change);
      return () => document.removeEventListener('visibilitychange', change);
    },
    () => document.visibilityState !== 'hidden',
    () => true,
  );
}
