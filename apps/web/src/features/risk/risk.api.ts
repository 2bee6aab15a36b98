import type { AcknowledgeFlagBody, RiskFormulationBody } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiRequest } from '../../app/api';
import { useRealtimeEvents } from '../realtime/realtime';

/** Query keys: every flag view sits under ['flags'], so one invalidation refreshes them all. */
export const triageKeys = {
  all: ['flags'] as const,
  queue: ['flags', 'triage'] as const,
  flag: (flagId: string) => ['flags', 'detail', flagId] as const,
  client: (clientId: string) => ['flags', 'client', clientId] as const,
  formulations: (clientId: string) => ['risk-formulations', clientId] as const,
};

/** While the event stream is down, flag views poll once a minute instead, so they are never silently stale. */
const pollUnlessLive = (live: boolean) => (live ? false : 60_000);

/** The caller's triage queue; `live` says the event stream (useFlagUpdates) is keeping it current. */
export function useTriageQueue(live: boolean) {
  return useQuery({ queryKey: triageKeys.queue, queryFn: () => apiRequest('/api/v1/triage', (c) => c.TriageQueue), refetchInterval: pollUnlessLive(live) });
}

export function useFlag(flagId: string, live: boolean) {
  return useQuery({
    queryKey: triageKeys.flag(flagId),
    queryFn: () => apiRequest(`/api/v1/flags/${encodeURIComponent(flagId)}`, (c) => c.FlagDetail),
    refetchInterval: pollUnlessLive(live),
  });
}

export function useClientFlags(clientId: string) {
  return useQuery({
    queryKey: triageKeys.client(clientId),
    queryFn: () => apiRequest(`/api/v1/clients/${encodeURIComponent(clientId)}/flags`, (c) => c.FlagList),
  });
}

/** A human acknowledgement with a note; on success every flag view refreshes. */
export function useAcknowledgeFlag(flagId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcknowledgeFlagBody) =>
      apiRequest(`/api/v1/flags/${encodeURIComponent(flagId)}/acknowledge`, (c) => c.FlagDetail, { method: 'POST', body }),
    onSuccess: async (detail) => {
      queryClient.setQueryData(triageKeys.flag(flagId), detail);
      await queryClient.invalidateQueries({ queryKey: triageKeys.all });
    },
    // Someone else acknowledged first (409): show the flag as it now is.
    onError: () => queryClient.invalidateQueries({ queryKey: triageKeys.all }),
  });
}

export function useRiskFormulations(clientId: string) {
  return useQuery({
    queryKey: triageKeys.formulations(clientId),
    queryFn: () => apiRequest(`/api/v1/clients/${encodeURIComponent(clientId)}/risk-formulations`, (c) => c.RiskFormulationList),
  });
}

export function useAddRiskFormulation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskFormulationBody) =>
      apiRequest(`/api/v1/clients/${encodeURIComponent(clientId)}/risk-formulations`, (c) => c.RiskFormulationView, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: triageKeys.formulations(clientId) }),
  });
}

/**
 * Refreshes the flag queries while a flag view is open, through the tab's shared event stream
 * (realtime.ts: reconnects and catches up after the last event seen), when a flag is raised,
 * escalated or acknowledged, so an open queue changes within a second. `resync` (on every
 * (re)connection, and after missed events) refetches too: anything shown may be stale. Events
 * carry ids only. Returns whether the stream is connected.
 */
export function useFlagUpdates(): boolean {
  const queryClient = useQueryClient();
  return useRealtimeEvents((notice) => {
    if (notice.type === 'resync' || notice.type.startsWith('flag.')) void queryClient.invalidateQueries({ queryKey: triageKeys.all });
  });
}

/** The current time, ticking every `everyMs`, so ages and time left stay true on an open page. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
