import type { CheckinBody, CheckinResponse, MeResponse } from '@steadfast/contracts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { is } from '../../app/local-copy';
import { deviceOutbox, Outbox, type OutboxItemBase } from '../../app/outbox';
import { meKey } from '../identity/identity.api';
import { checkinKeys, postCheckin } from './check-ins.api';

/** A check-in on its way: the whole day's answers, with the day it is for always named. */
export interface CheckinOutboxItem extends OutboxItemBase {
  body: CheckinBody & { date: string };
}

const isCheckin = (v: Record<string, unknown>) => is.record(v.body) && is.string(v.body.date) && typeof v.body.mood === 'number';

/**
 * The signed-in client's kept check-ins, one outbox per tab (app/outbox.ts). A newer answer for
 * the same day replaces a waiting one: the server keeps one check-in per day and only the last
 * answer counts. The day is fixed when it was written, so a check-in sent after midnight is still
 * about the day it was written for.
 */
export function checkinOutboxFor(queryClient: QueryClient, userId: string): Outbox<CheckinOutboxItem, CheckinResponse> {
  const storageKey = `checkinOutbox.${userId}`;
  return deviceOutbox(queryClient, storageKey, () => {
    const outbox = new Outbox<CheckinOutboxItem, CheckinResponse>({
      storageKey,
      isItem: isCheckin,
      send: (item) => postCheckin(item.clientId, { ...item.body, clientKey: item.key }),
      canSend: () => queryClient.getQueryData<MeResponse>(meKey)?.user.id === userId,
      slotOf: (item) => `${item.clientId}/${item.body.date}`,
    });
    outbox.onSent((item, response) => {
      queryClient.setQueryData(checkinKeys.day(item.clientId, response.checkin.date), response.checkin);
      void queryClient.invalidateQueries({ queryKey: checkinKeys.client(item.clientId) });
    });
    return outbox;
  });
}

/** The client's kept check-ins, kept current, and the outbox (started, so it sends once back online). */
export function useCheckinOutbox(userId: string | undefined) {
  const queryClient = useQueryClient();
  const outbox = useMemo(() => (userId ? checkinOutboxFor(queryClient, userId) : undefined), [queryClient, userId]);
  useEffect(() => {
    outbox?.start();
  }, [outbox]);
  const items = useSyncExternalStore(outbox?.subscribe ?? noSubscribe, outbox?.snapshot ?? noItems);
  return { outbox, items };
}

const empty: readonly CheckinOutboxItem[] = [];
const noItems = () => empty;
const noSubscribe = () => () => undefined;
