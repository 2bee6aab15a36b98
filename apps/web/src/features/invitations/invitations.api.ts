import type { CreateInvitationBody } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

const invitationsKey = ['invitations'] as const;

/** Invitations the caller sent (an admin sees the whole practice's). */
export function useInvitations() {
  return useQuery({ queryKey: invitationsKey, queryFn: () => apiRequest('/api/v1/invitations', (c) => c.InvitationList) });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => apiRequest('/api/v1/invitations', (c) => c.InvitationView, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/v1/invitations/${encodeURIComponent(id)}`, (c) => c.Ok, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

/** What an invitation link is for; answers 404 when it is used up or expired. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => apiRequest(`/api/v1/invitations/by-token/${encodeURIComponent(token)}`, (c) => c.InvitationPreview),
    retry: false,
    meta: { stayOn401: true },
  });
}

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      apiRequest(`/api/v1/invitations/by-token/${encodeURIComponent(token)}/accept`, (c) => c.SignInResponse, { method: 'POST', body: { password } }),
    meta: { stayOn401: true },
  });
}
