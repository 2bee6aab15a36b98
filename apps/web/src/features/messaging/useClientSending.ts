import { useEffect, useState } from 'react';
import type { CrisisRoutesStatus } from './CrisisRoutesView';
import type { NewOutboxItem } from './messaging.outbox';
import { messagingWords as words } from './messaging.words';
import type { useConversationView } from './useConversationView';

/** What became of the last message sent from here: with its reply time, or kept to send later. */
export type Outcome = { kind: 'sent'; expectation: string | null } | { kind: 'kept'; words: string } | null;

/** The crisis screen, and the message it was opened for (none when opened from the picker). */
type Crisis = { key?: string; status: CrisisRoutesStatus } | null;

/**
 * A client's sending: every message goes through the outbox; what became of it is shown under
 * the Send button and said in the live region; a `crisis` message, or any message the server
 * answers with `showCrisisRoutes`, opens the crisis screen at once, which then follows the message.
 */
export function useClientSending(view: ReturnType<typeof useConversationView>, clientId: string) {
  const { outbox, pending, online, announce } = view;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [crisis, setCrisis] = useState<Crisis>(null);

  // A send's answer, also for a message that waited in the outbox and went out later.
  useEffect(
    () =>
      outbox.onSent((item, response) => {
        if (item.clientId !== clientId) return;
        const said = response.message.expectedReplyWords;
        setOutcome({ kind: 'sent', expectation: said });
        announce(said ? `${words.composer.sent} ${said}` : words.composer.sent);
        const sent: Crisis = { key: item.key, status: { kind: 'sent', expectation: said } };
        setCrisis((shown) => (response.showCrisisRoutes || shown?.key === item.key ? sent : shown));
      }),
    [outbox, clientId, announce],
  );

  // The first failed try of a message written while "online": say it is kept, and will go.
  const retrying = pending.filter((i) => i.attempts === 1).length;
  useEffect(() => {
    if (retrying === 0) return;
    setOutcome({ kind: 'kept', words: words.composer.queuedRetry });
    announce(words.composer.queuedRetry);
  }, [retrying, announce]);

  const waiting = crisis?.key ? pending.find((i) => i.key === crisis.key) : undefined;
  const crisisStatus: CrisisRoutesStatus | undefined = waiting
    ? { kind: waiting.state === 'refused' ? 'refused' : online && waiting.attempts === 0 ? 'sending' : 'queued' }
    : crisis?.status;

  return {
    outcome,
    crisisStatus,
    openCrisisRoutes: () => setCrisis({ status: { kind: 'chosen' } }),
    closeCrisisRoutes: () => setCrisis(null),
    send(item: NewOutboxItem) {
      outbox.add(item);
      setOutcome(online ? null : { kind: 'kept', words: words.composer.queuedOffline });
      if (!online) announce(words.composer.queuedOffline);
      if (item.intent === 'crisis') setCrisis({ key: item.key, status: { kind: 'queued' } });
    },
  };
}
