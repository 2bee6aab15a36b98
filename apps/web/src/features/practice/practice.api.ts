import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** The practice's outgoing mail; in demo mode the only way an invitation link leaves the server. */
export function usePracticeMail() {
  return useQuery({ queryKey: ['practice', 'mail'], queryFn: () => apiRequest('/api/v1/practice/mail', (c) => c.MailList), refetchInterval: 15_000 });
}
