import { messageIntents, type MeResponse, type MessageIntent } from '@steadfast/contracts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { forgetLocalCopy, is, readLocalCopy, writeLocalCopy } from '../../app/local-copy';
import { deviceOutbox, stopDeviceOutboxes } from '../../app/outbox';
import { meKey } from '../identity/identity.api';
import { messagingKeys, putMessage, sendOutboxItem } from './messaging.api';
import { newIdempotencyKey, Outbox, type OutboxItem, type OutboxOptions } from './messaging.outbox';

/**
 * The signed-in person's outbox, one per tab. Once started it keeps listening for the connection
 * to come back, also after the messages page is left; it sends only while its author is the one
 * signed in (sign-out clears who that is), so nobody else's session ever sends it.
 */
export function outboxFor(queryClient: QueryClient, userId: string, overrides: Partial<OutboxOptions> = {}): Outbox {
  return deviceOutbox(queryClient, `outbox.${userId}`, () => {
    const outbox = new Outbox({
      storageKey: `outbox.${userId}`,
      send: sendOutboxItem,
      canSend: () => queryClient.getQueryData<MeResponse>(meKey)?.user.id === userId,
      ...overrides,
    });
    outbox.onSent((_item, response) => {
      putMessage(queryClient, response.message);
      void queryClient.invalidateQueries({ queryKey: messagingKeys.conversation(response.message.clientId) });
    });
    return outbox;
  });
}

/** Stops every outbox of a query client (tests, where each test has its own client). */
export const stopOutboxes = stopDeviceOutboxes;

/** The outbox's items for one conversation, kept current, and the outbox itself. */
export function useOutbox(userId: string, clientId: string) {
  const queryClient = useQueryClient();
  const outbox = useMemo(() => outboxFor(queryClient, userId), [queryClient, userId]);
  useEffect(() => {
    outbox.start();
  }, [outbox]);
  const all = useSyncExternalStore(outbox.subscribe, outbox.snapshot);
  const items = useMemo(() => all.filter((i) => i.clientId === clientId), [all, clientId]);
  return { outbox, items };
}

export { useOnline } from '../../app/useOnline';

/** What is being written, kept on the device as it is typed; the key is made once, when writing starts. */
export interface Draft {
  key: string;
  body: string;
  intent: MessageIntent | null;
}

const intents: readonly unknown[] = messageIntents;
const isDraft = (v: unknown): v is Draft => is.record(v) && is.string(v.key) && is.string(v.body) && (v.intent === null || intents.includes(v.intent));
const freshDraft = (): Draft => ({ key: newIdempotencyKey(), body: '', intent: null });

/** The message box's words and choice, surviving a reload; `reset` starts a new message with a new key. */
export function useDraft(userId: string, clientId: string) {
  const storageKey = `messageDraft.${userId}.${clientId}`;
  const [draft, setDraft] = useState<Draft>(() => readLocalCopy(storageKey, isDraft) ?? freshDraft());
  useEffect(() => {
    if (draft.body || draft.intent) writeLocalCopy(storageKey, draft);
    else forgetLocalCopy(storageKey);
  }, [draft, storageKey]);
  return {
    draft,
    change: (patch: Partial<Omit<Draft, 'key'>>) => setDraft((d) => ({ ...d, ...patch })),
    reset: (start: Partial<Omit<Draft, 'key'>> = {}) => setDraft({ ...freshDraft(), ...start }),
  };
}

export type { OutboxItem };
