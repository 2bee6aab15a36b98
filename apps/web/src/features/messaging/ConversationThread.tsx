import type { MeResponse, Message } from '@steadfast/contracts';
import type { ReactNode, Ref } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import type { Audience } from './MessageBubble';
import { MessageThread } from './MessageThread';
import type { OutboxItem } from './messaging.outbox';
import { messagingWords as words } from './messaging.words';
import type { useConversationView } from './useConversationView';

interface ConversationThreadProps {
  view: ReturnType<typeof useConversationView>;
  me: MeResponse;
  audience: Audience;
  emptyText: string;
  /** A kept message's words go back into the message box. */
  onEdit: (item: OutboxItem) => void;
  actionsFor?: (message: Message) => ReactNode;
  boxRef?: Ref<HTMLDivElement>;
}

/** The thread as both sides see it, with loading and a failed load; what waits in the outbox shows even offline. */
export function ConversationThread({ view, me, audience, emptyText, onEdit, actionsFor, boxRef }: ConversationThreadProps) {
  const { conversation, outbox, pending } = view;
  return (
    <>
      {conversation.isPending ? <Loading /> : null}
      {conversation.isError && !conversation.data ? (
        <ErrorNotice error={conversation.error} title={words.thread.loadFailed} onRetry={() => void conversation.refetch()} />
      ) : null}
      {conversation.data || pending.length > 0 ? (
        <MessageThread
          messages={view.messages}
          pending={pending}
          audience={audience}
          timeZone={me.practice.timeZone}
          now={view.now}
          online={view.online}
          emptyText={emptyText}
          hasOlder={conversation.hasNextPage}
          loadingOlder={conversation.isFetchingNextPage}
          onLoadOlder={() => void conversation.fetchNextPage()}
          onRetry={(key) => outbox.retry(key)}
          onEdit={(key) => {
            const item = outbox.take(key);
            if (item) onEdit(item);
          }}
          announce={view.announce}
          {...(actionsFor ? { actionsFor } : {})}
          {...(boxRef ? { boxRef } : {})}
        />
      ) : null}
    </>
  );
}
