import type { AddCareTeamMemberBody, UpdateCareTeamMemberBody } from '@steadfast/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

/** One client and their care team; a client may read their own. */
export function useClientProfile(clientId: string | undefined, options: { stayOn401?: boolean } = {}) {
  return useQuery({ ...clientProfileQuery(clientId), enabled: Boolean(clientId), meta: { stayOn401: options.stayOn401 ?? false } });
}

/** A client's profile and care team, as a query the client's home can start before it is drawn. */
export function clientProfileQuery(clientId: string | undefined) {
  return queryOptions({
    queryKey: ['clients', clientId],
    queryFn: () => apiRequest(`/api/v1/clients/${encodeURIComponent(clientId ?? '')}`, (c) => c.ClientProfile),
  });
}

/** Every client of the practice with their primary clinician: the admin's way to a care team. */
export function usePracticeClients() {
  return useQuery({ queryKey: ['practice-clients'], queryFn: () => apiRequest('/api/v1/practice/clients', (c) => c.PracticeClientList) });
}

const teamKey = (clientId: string) => ['care-team', clientId] as const;
const teamUrl = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/care-team`;

/** The client's care team with its history, whether the caller may change it, and the clinicians to choose from. */
export function useCareTeam(clientId: string | undefined) {
  return useQuery({
    enabled: Boolean(clientId),
    queryKey: teamKey(clientId ?? 'none'),
    queryFn: () => apiRequest(teamUrl(clientId!), (c) => c.CareTeamView),
  });
}

function useCareTeamMutation<T>(clientId: string, request: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: teamKey(clientId) }), queryClient.invalidateQueries({ queryKey: ['clients', clientId] })]);
    },
  });
}

export function useAddCareTeamMember(clientId: string) {
  return useCareTeamMutation(clientId, (body: AddCareTeamMemberBody) => apiRequest(teamUrl(clientId), (c) => c.CareTeamView, { method: 'POST', body }));
}

export function useUpdateCareTeamMember(clientId: string) {
  return useCareTeamMutation(clientId, ({ clinicianId, ...body }: UpdateCareTeamMemberBody & { clinicianId: string }) =>
    apiRequest(`${teamUrl(clientId)}/${encodeURIComponent(clinicianId)}`, (c) => c.CareTeamView, { method: 'PATCH', body }),
  );
}

export function useEndCareTeamMembership(clientId: string) {
  return useCareTeamMutation(clientId, ({ clinicianId, endsOn }: { clinicianId: string; endsOn?: string }) =>
    apiRequest(`${teamUrl(clientId)}/${encodeURIComponent(clinicianId)}/end`, (c) => c.CareTeamView, { method: 'POST', body: endsOn ? { endsOn } : {} }),
  );
}
