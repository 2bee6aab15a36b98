import type { ChangePasswordBody, PasswordResetCompleteBody, SignInBody } from '@steadfast/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import { forgetPersonalCopies } from '../../app/sign-out-cleanup';

export const meKey = ['me'] as const;

/** The signed-in person, their practice and what the app may offer them. */
export function useMe(options: { stayOn401?: boolean; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: meKey,
    enabled: options.enabled ?? true,
    queryFn: () => apiRequest('/api/v1/me', (c) => c.MeResponse),
    staleTime: 60_000,
    meta: { stayOn401: options.stayOn401 ?? false },
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiRequest('/api/v1/session', (c) => c.SignInResponse, { method: 'POST', body }),
    // A wrong password answers 401: the form says so, it is not an expired session.
    meta: { stayOn401: true },
    onSuccess: () => queryClient.clear(),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/v1/session', (c) => c.Ok, { method: 'DELETE' }),
    meta: { stayOn401: true },
    onSettled: async () => {
      await forgetPersonalCopies();
      queryClient.clear();
    },
  });
}

const sessionsKey = ['me', 'sessions'] as const;

export function useMySessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: () => apiRequest('/api/v1/me/sessions', (c) => c.SessionList) });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/v1/me/sessions/${encodeURIComponent(id)}`, (c) => c.Ok, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useBeginTotp() {
  return useMutation({ mutationFn: () => apiRequest('/api/v1/me/totp', (c) => c.TotpEnrolment, { method: 'POST' }) });
}

export function useConfirmTotp() {
  return useMutation({
    mutationFn: (code: string) => apiRequest('/api/v1/me/totp/verify', (c) => c.RecoveryCodes, { method: 'POST', body: { code } }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiRequest('/api/v1/me/password', (c) => c.ChangePasswordResult, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Asks for a password-reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => apiRequest('/api/v1/password-reset', (c) => c.PasswordResetRequested, { method: 'POST', body: { email } }),
    meta: { stayOn401: true },
  });
}

/** Sets a new password with the mailed link's token; every session ends, so what was cached goes too. */
export function useCompletePasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordResetCompleteBody) => apiRequest('/api/v1/password-reset/complete', (c) => c.PasswordResetDone, { method: 'POST', body }),
    meta: { stayOn401: true },
    onSuccess: () => queryClient.clear(),
  });
}
