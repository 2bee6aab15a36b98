import type { DecideRequestBody, RequestAppointmentBody, ScheduleAppointmentBody } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

const client = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;

/** Query keys: everything about one client's appointments sits under ['scheduling', clientId]. */
export const schedulingKeys = {
  client: (clientId: string) => ['scheduling', clientId] as const,
  appointments: (clientId: string) => ['scheduling', clientId, 'appointments'] as const,
  options: (clientId: string) => ['scheduling', clientId, 'options'] as const,
  requests: (clientId: string) => ['scheduling', clientId, 'requests'] as const,
  plan: (clientId: string) => ['scheduling', clientId, 'plan'] as const,
  feed: ['calendar-feed'] as const,
};

const DAY = 86_400_000;

/** The next twelve weeks (and the past week) of appointments, oldest first. */
export function useAppointments(clientId: string) {
  return useQuery({
    queryKey: schedulingKeys.appointments(clientId),
    queryFn: () => {
      const now = Date.now();
      const range = `from=${encodeURIComponent(new Date(now - 7 * DAY).toISOString())}&to=${encodeURIComponent(new Date(now + 84 * DAY).toISOString())}`;
      return apiRequest(`${client(clientId)}/appointments?${range}`, (c) => c.AppointmentList);
    },
  });
}

export function useRequestOptions(clientId: string) {
  return useQuery({
    queryKey: schedulingKeys.options(clientId),
    queryFn: () => apiRequest(`${client(clientId)}/appointment-requests/options`, (c) => c.RequestOptions),
  });
}

export function useAppointmentRequests(clientId: string) {
  return useQuery({
    queryKey: schedulingKeys.requests(clientId),
    queryFn: () => apiRequest(`${client(clientId)}/appointment-requests`, (c) => c.AppointmentRequestList),
  });
}

export function useStepDownPlan(clientId: string) {
  return useQuery({ queryKey: schedulingKeys.plan(clientId), queryFn: () => apiRequest(`${client(clientId)}/step-down-plan`, (c) => c.StepDownPlanResponse) });
}

/** After any change, every view of this client's appointments refreshes. */
function useRefresh(clientId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: schedulingKeys.client(clientId) });
}

export function useRequestAppointment(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: RequestAppointmentBody) =>
      apiRequest(`${client(clientId)}/appointment-requests`, (c) => c.AppointmentRequestView, { method: 'POST', body }),
    onSettled: refresh,
  });
}

/** The clinician books a time (a short check-in call a stable stretch proposes, for one). */
export function useScheduleAppointment(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: ScheduleAppointmentBody) => apiRequest(`${client(clientId)}/appointments`, (c) => c.ScheduledView, { method: 'POST', body }),
    onSettled: refresh,
  });
}

export function useDecideRequest(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: string; body: DecideRequestBody }) =>
      apiRequest(`${client(clientId)}/appointment-requests/${encodeURIComponent(requestId)}/decision`, (c) => c.AppointmentRequestView, {
        method: 'POST',
        body,
      }),
    onSettled: refresh,
  });
}

export function useAnswerOffer(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: ({ requestId, answer }: { requestId: string; answer: 'accept' | 'decline' }) =>
      apiRequest(`${client(clientId)}/appointment-requests/${encodeURIComponent(requestId)}/offer-answer`, (c) => c.AppointmentRequestView, {
        method: 'POST',
        body: { answer },
      }),
    onSettled: refresh,
  });
}

export function useStepUp(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: () => apiRequest(`${client(clientId)}/step-down-plan/step-up`, (c) => c.StepDownPlanResponse, { method: 'POST', body: { intervalWeeks: 1 } }),
    onSettled: refresh,
  });
}

export function useAgreeToPlan(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: () => apiRequest(`${client(clientId)}/step-down-plan/agree`, (c) => c.StepDownPlanResponse, { method: 'POST' }),
    onSettled: refresh,
  });
}

export function useCalendarFeed(enabled: boolean) {
  return useQuery({
    queryKey: schedulingKeys.feed,
    queryFn: () => apiRequest('/api/v1/me/calendar-feed', (c) => c.CalendarFeedView),
    enabled,
    staleTime: Infinity,
  });
}

export function useRotateFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/v1/me/calendar-feed/rotate', (c) => c.CalendarFeedView, { method: 'POST' }),
    onSuccess: (feed) => queryClient.setQueryData(schedulingKeys.feed, feed),
  });
}
