import type { MeasureBody, MeasureSchedule } from '@steadfast/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

const base = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/measures`;

export const measureKeys = {
  client: (clientId: string) => ['measures', clientId] as const,
  due: (clientId: string) => ['measures', clientId, 'due'] as const,
  list: (clientId: string) => ['measures', clientId, 'list'] as const,
};

/** What is due now for the client, the schedule, and whether the caller may change it. */
export function useMeasuresDue(clientId: string | undefined) {
  return useQuery({ ...measuresDueQuery(clientId ?? ''), enabled: Boolean(clientId) });
}

/** The questionnaires due, as a query the client's home can start before it is drawn. */
export function measuresDueQuery(clientId: string) {
  return queryOptions({ queryKey: measureKeys.due(clientId), queryFn: () => apiRequest(`${base(clientId)}/due`, (c) => c.MeasuresDue) });
}

/** Every answered questionnaire, oldest first, with item answers. */
export function useMeasureList(clientId: string | undefined) {
  return useQuery({
    queryKey: measureKeys.list(clientId ?? ''),
    queryFn: () => apiRequest(base(clientId ?? ''), (c) => c.MeasureList),
    enabled: Boolean(clientId),
  });
}

export function useSubmitMeasure(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasureBody) => apiRequest(base(clientId), (c) => c.MeasureResponse, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: measureKeys.client(clientId) });
      await queryClient.invalidateQueries({ queryKey: ['checkins', clientId] });
    },
  });
}

export function useSaveMeasureSchedule(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasureSchedule) => apiRequest(`${base(clientId)}/schedule`, (c) => c.MeasuresDue, { method: 'PUT', body }),
    onSuccess: (due) => queryClient.setQueryData(measureKeys.due(clientId), due),
  });
}
