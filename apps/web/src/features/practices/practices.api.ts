import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EscalationWindowsBody } from '@steadfast/contracts';
import { apiRequest, type ResponseSchema } from '../../app/api';

const peopleKey = ['practice', 'people'] as const;

/** `{revoked}` of sign-out-everywhere: the route declares it inline, not in the contracts. */
const Revoked: ResponseSchema<{ revoked: number }> = {
  safeParse: (data) => {
    const revoked = (data as { revoked?: unknown } | undefined)?.revoked;
    return typeof revoked === 'number' ? { success: true, data: { revoked } } : { success: false };
  },
};

export function usePeople() {
  return useQuery({ queryKey: peopleKey, queryFn: () => apiRequest('/api/v1/practice/people', (c) => c.PeopleList) });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/v1/practice/people/${encodeURIComponent(id)}/sign-out-everywhere`, Revoked, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

export function useUnlockPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/v1/practice/people/${encodeURIComponent(id)}/unlock`, (c) => c.Ok, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

export function useResetTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/v1/practice/people/${encodeURIComponent(id)}/reset-two-factor`, (c) => c.Ok, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

/** The practice's outgoing mail; in demo mode the only way an invitation link leaves the server. */
export function usePracticeMail() {
  return useQuery({ queryKey: ['practice', 'mail'], queryFn: () => apiRequest('/api/v1/practice/mail', (c) => c.MailList), refetchInterval: 15_000 });
}

const escalationWindowsKey = ['practice', 'escalation-windows'] as const;

/** The practice's escalation windows, with how many ladders are still running on earlier ones. */
export function useEscalationWindows() {
  return useQuery({ queryKey: escalationWindowsKey, queryFn: () => apiRequest('/api/v1/practice/escalation-windows', (c) => c.EscalationWindowsView) });
}

/** Saves new windows; the rota and triage pages show the windows too, so they refetch. */
export function useSaveEscalationWindows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EscalationWindowsBody) => apiRequest('/api/v1/practice/escalation-windows', (c) => c.EscalationWindowsView, { method: 'PUT', body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(escalationWindowsKey, saved);
      await queryClient.invalidateQueries({ queryKey: ['on-call'] });
    },
  });
}
