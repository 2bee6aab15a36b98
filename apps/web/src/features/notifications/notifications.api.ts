import type { NotificationPreferences } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { notificationKeys } from './notifications.keys';

/** How many notifications the page shows: the server's newest, up to its maximum page. */
const LIST_LIMIT = 50;

/**
 * The person's latest notifications, newest first. The bell's live listener (NotificationsLive,
 * always mounted while signed in) refetches them on every new one; once a minute is the fallback.
 */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ signal }) => apiRequest(`/api/v1/notifications?limit=${LIST_LIMIT}`, (c) => c.NotificationList, { signal }),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/v1/notifications/${encodeURIComponent(id)}/read`, (c) => c.Ok, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/v1/notifications/read-all', (c) => c.Ok, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** How the person wants to be told (no choice made yet reads as the server's defaults). */
export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => apiRequest('/api/v1/me/notification-preferences', (c) => c.NotificationPreferences),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) => apiRequest('/api/v1/me/notification-preferences', (c) => c.NotificationPreferences, { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences, saved),
  });
}
