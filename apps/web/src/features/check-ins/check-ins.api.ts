import type { CheckinBody, CheckinConfig, CheckinConfigBody, CheckinResponse, ReminderPreferencesBody, TrendRange } from '@steadfast/contracts';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { rememberZoneOffset } from '../../ui/wall-clock';
import { useRealtimeEvents } from '../realtime/realtime';

const base = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/checkins`;

/** Every check-in query sits under ['checkins', clientId], so one invalidation refreshes them all. */
export const checkinKeys = {
  client: (clientId: string) => ['checkins', clientId] as const,
  config: (clientId: string) => ['checkins', clientId, 'config'] as const,
  day: (clientId: string, date: string) => ['checkins', clientId, 'day', date] as const,
  trends: (clientId: string, range: TrendRange) => ['checkins', clientId, 'trends', range] as const,
  list: (clientId: string, from: string, to: string) => ['checkins', clientId, 'list', from, to] as const,
  reminders: (clientId: string) => ['checkins', clientId, 'reminders'] as const,
};

/** What the client's check-in asks, their zone and today there; clinicians also get the thresholds. */
/** The client's zone offset, kept so their day and times show without loading time-zone data (ui/wall-clock.ts). */
function withZoneKnown(config: CheckinConfig): CheckinConfig {
  rememberZoneOffset(config.timeZone, config.zoneOffset);
  return config;
}

export function useCheckinConfig(clientId: string | undefined) {
  return useQuery({ ...checkinConfigQuery(clientId ?? ''), enabled: Boolean(clientId) });
}

/** The check-in settings, as a query the client's home can start before it is drawn. */
export function checkinConfigQuery(clientId: string) {
  return queryOptions({
    queryKey: checkinKeys.config(clientId),
    queryFn: () => apiRequest(`${base(clientId)}/config`, (c) => c.CheckinConfig).then(withZoneKnown),
    staleTime: 60_000,
  });
}

export function useSaveCheckinConfig(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinConfigBody) => apiRequest(`${base(clientId)}/config`, (c) => c.CheckinConfig, { method: 'PUT', body }),
    onSuccess: (config) => queryClient.setQueryData(checkinKeys.config(clientId), withZoneKnown(config)),
  });
}

/** The check-ins from `from` to `to` inclusive, oldest first. */
export function useCheckinList(clientId: string | undefined, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: checkinKeys.list(clientId ?? '', from ?? '', to ?? ''),
    queryFn: () => apiRequest(`${base(clientId ?? '')}?from=${from}&to=${to}`, (c) => c.CheckinList),
    enabled: Boolean(clientId && from && to),
  });
}

/** One day's check-in, or null when that day has none yet. */
export function useCheckinOn(clientId: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: checkinKeys.day(clientId ?? '', date ?? ''),
    queryFn: async () => (await apiRequest(`${base(clientId ?? '')}?from=${date}&to=${date}`, (c) => c.CheckinList)).checkins[0] ?? null,
    enabled: Boolean(clientId && date),
  });
}

/** The day series, baseline, adherence and measure totals behind the charts and their tables (one query for both). */
export function useCheckinTrends(clientId: string | undefined, range: TrendRange) {
  return useQuery({
    queryKey: checkinKeys.trends(clientId ?? '', range),
    queryFn: () => apiRequest(`${base(clientId ?? '')}/trends?range=${range}`, (c) => c.CheckinTrends),
    enabled: Boolean(clientId),
    placeholderData: keepPreviousData,
  });
}

/** Sends one kept check-in with the key made when it was written: a resend updates the same day once. */
export function postCheckin(clientId: string, body: CheckinBody): Promise<CheckinResponse> {
  return apiRequest(base(clientId), (c) => c.CheckinResponse, {
    method: 'POST',
    body,
    // A send that hangs would hold the outbox: give up, and retry with the same key.
    signal: AbortSignal.timeout(30_000),
  });
}

export function useReminderPreferences(clientId: string | undefined) {
  return useQuery({
    queryKey: checkinKeys.reminders(clientId ?? ''),
    queryFn: () => apiRequest(`${base(clientId ?? '')}/reminders`, (c) => c.ReminderPreferences),
    enabled: Boolean(clientId),
  });
}

export function useSaveReminderPreferences(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderPreferencesBody) => apiRequest(`${base(clientId)}/reminders`, (c) => c.ReminderPreferences, { method: 'PUT', body }),
    onSuccess: (prefs) => queryClient.setQueryData(checkinKeys.reminders(clientId), prefs),
  });
}

/** Refreshes a client's check-ins, charts and measures when the event stream says one arrived or changed. */
export function useCheckinUpdates(): boolean {
  const queryClient = useQueryClient();
  return useRealtimeEvents((notice) => {
    if (notice.type !== 'resync' && !notice.type.startsWith('checkin.') && !notice.type.startsWith('measure.')) return;
    const clientId = notice.type !== 'resync' ? notice.clientId : null;
    // Measure totals are charted with the check-ins, so a new measure refreshes both.
    void queryClient.invalidateQueries({ queryKey: clientId ? checkinKeys.client(clientId) : ['checkins'] });
    void queryClient.invalidateQueries({ queryKey: clientId ? ['measures', clientId] : ['measures'] });
  });
}
