import type { AmendClinicalNoteBody, ClinicalNoteList, ClinicalNoteView, WriteClinicalNoteBody } from '@steadfast/contracts';
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';

export const clinicalNoteKeys = {
  list: (clientId: string) => ['clinical-notes', clientId] as const,
};

const notesPath = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}/notes`;

/** A client's notes in pages, newest first; each read is audited on the server. */
export function useClinicalNotes(clientId: string) {
  return useInfiniteQuery({
    queryKey: clinicalNoteKeys.list(clientId),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`${notesPath(clientId)}${pageParam ? `?before=${encodeURIComponent(pageParam)}` : ''}`, (c) => c.ClinicalNoteList, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.olderCursor,
  });
}

/** Every loaded note, newest first, each once. */
export function notesOf(data: InfiniteData<ClinicalNoteList> | undefined): ClinicalNoteView[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((p) => p.notes).filter((n) => !seen.has(n.id) && Boolean(seen.add(n.id)));
}

export function useWriteClinicalNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WriteClinicalNoteBody) => apiRequest(notesPath(clientId), (c) => c.ClinicalNoteResponse, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clinicalNoteKeys.list(clientId) }),
  });
}

export function useAmendClinicalNote(clientId: string, noteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AmendClinicalNoteBody) =>
      apiRequest(`${notesPath(clientId)}/${encodeURIComponent(noteId)}/amendments`, (c) => c.ClinicalNoteResponse, { method: 'POST', body }),
    // A 409 (amended meanwhile) shows the error and refreshes, so the writer sees the latest version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: clinicalNoteKeys.list(clientId) }),
  });
}
