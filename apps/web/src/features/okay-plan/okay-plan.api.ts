import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EditCaringContactBody,
  OkayPlanContent,
  PinReassuranceNoteBody,
  PlanCaringContactsBody,
  SendCaringNoteBody,
  StabilitySettings,
  WriteReassuranceNoteBody,
} from '@steadfast/contracts';
import { apiRequest } from '../../app/api';
import { useRealtimeEvents } from '../realtime/realtime';

const base = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;
const planKey = (clientId: string | undefined) => ['okay-plan', clientId ?? 'none'] as const;
const notesKey = (clientId: string | undefined) => ['reassurance-notes', clientId ?? 'none'] as const;

/** The client's okay plan; version 0 before the first save. */
export function useOkayPlan(clientId: string | undefined) {
  return useQuery({
    enabled: Boolean(clientId),
    queryKey: planKey(clientId),
    queryFn: () => apiRequest(`${base(clientId!)}/okay-plan`, (c) => c.OkayPlanView),
  });
}

/** Saves the plan as a new version from `baseVersion`; a 409 carries the newer version in its details. */
export function useSaveOkayPlan(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { baseVersion: number; plan: OkayPlanContent }) =>
      apiRequest(`${base(clientId)}/okay-plan`, (c) => c.OkayPlanView, { method: 'PUT', body: input }),
    onSuccess: (view) => queryClient.setQueryData(planKey(clientId), view),
  });
}

/**
 * Reassurance notes, pinned first; a client also gets their notes to self. A note written for
 * this client arrives as a notice on the event stream (ids only): the list refetches at once.
 */
export function useReassuranceNotes(clientId: string | undefined) {
  const queryClient = useQueryClient();
  useRealtimeEvents((notice) => {
    if (notice.type === 'resync' || (notice.type === 'notification.created' && notice.clientId === clientId)) {
      void queryClient.invalidateQueries({ queryKey: notesKey(clientId) });
    }
  });
  return useQuery({ ...reassuranceNotesQuery(clientId ?? 'none'), enabled: Boolean(clientId) });
}

/** Reassurance notes, as a query the client's home can start before it is drawn. */
export function reassuranceNotesQuery(clientId: string) {
  return queryOptions({ queryKey: notesKey(clientId), queryFn: () => apiRequest(`${base(clientId)}/reassurance-notes`, (c) => c.ReassuranceNoteList) });
}

function useNotesMutation<T>(clientId: string, call: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: notesKey(clientId) }) });
}

export function useWriteNote(clientId: string, toSelf: boolean) {
  const path = toSelf ? `${base(clientId)}/notes-to-self` : `${base(clientId)}/reassurance-notes`;
  return useNotesMutation(clientId, (body: WriteReassuranceNoteBody) => apiRequest(path, (c) => c.ReassuranceNoteCreated, { method: 'POST', body }));
}

export function usePinNote(clientId: string) {
  return useNotesMutation(clientId, ({ noteId, pinned }: PinReassuranceNoteBody & { noteId: string }) =>
    apiRequest(`${base(clientId)}/reassurance-notes/${encodeURIComponent(noteId)}/pin`, (c) => c.ReassuranceNoteCreated, { method: 'PUT', body: { pinned } }),
  );
}

export function useRequestNote(clientId: string) {
  return useNotesMutation(clientId, () =>
    apiRequest(`${base(clientId)}/reassurance-notes/requests`, (c) => c.ReassuranceRequestCreated, { method: 'POST', body: {} }),
  );
}

const caringKey = (clientId: string | undefined) => ['caring-contacts', clientId ?? 'none'] as const;

/** The client's caring contacts, sent and to come (their therapists only). */
export function useCaringContacts(clientId: string | undefined) {
  return useQuery({
    enabled: Boolean(clientId),
    queryKey: caringKey(clientId),
    queryFn: () => apiRequest(`${base(clientId!)}/caring-contacts`, (c) => c.CaringContactList),
  });
}

function useCaringMutation<T>(clientId: string, call: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: caringKey(clientId) }) });
}

export function usePlanCaringContacts(clientId: string) {
  return useCaringMutation(clientId, (body: PlanCaringContactsBody) =>
    apiRequest(`${base(clientId)}/caring-contacts/schedule`, (c) => c.CaringContactList, { method: 'POST', body }),
  );
}

export function useEditCaringContact(clientId: string) {
  return useCaringMutation(clientId, ({ contactId, ...body }: EditCaringContactBody & { contactId: string }) =>
    apiRequest(`${base(clientId)}/caring-contacts/${encodeURIComponent(contactId)}`, (c) => c.CaringContactResponse, { method: 'PUT', body }),
  );
}

export function useCancelCaringContact(clientId: string) {
  return useCaringMutation(clientId, (contactId: string) =>
    apiRequest(`${base(clientId)}/caring-contacts/${encodeURIComponent(contactId)}`, (c) => c.CaringContactResponse, { method: 'DELETE' }),
  );
}

/** A caring note sent now, in one click (from a stable stretch's caseload signal): the caseload and the schedule refresh. */
export function useSendCaringNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendCaringNoteBody) => apiRequest(`${base(clientId)}/caring-contacts/now`, (c) => c.CaringContactResponse, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caringKey(clientId) });
      void queryClient.invalidateQueries({ queryKey: ['clients'], exact: true });
    },
  });
}

const stabilityKey = (clientId: string | undefined) => ['stability', clientId ?? 'none'] as const;

/** The client's stable stretches and thresholds, for the care team. */
export function useStability(clientId: string | undefined) {
  return useQuery({
    enabled: Boolean(clientId),
    queryKey: stabilityKey(clientId),
    queryFn: () => apiRequest(`${base(clientId!)}/stability`, (c) => c.StabilityView),
  });
}

export function useSaveStabilitySettings(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StabilitySettings) => apiRequest(`${base(clientId)}/stability`, (c) => c.StabilityView, { method: 'PUT', body }),
    onSuccess: (view) => queryClient.setQueryData(stabilityKey(clientId), view),
  });
}
