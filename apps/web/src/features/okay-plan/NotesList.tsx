import { Button, Stack, Text } from '@mantine/core';
import type { ReassuranceNoteList } from '@steadfast/contracts';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { usePinNote, useRequestNote } from './okay-plan.api';
import { notesWords as words } from './okay-plan.words';
import { NoteCard } from './NoteCard';

/** Every note the reader may see, with pinning and a gentle request for the client. */
export function NotesList({ clientId, list, viewer }: { clientId: string; list: ReassuranceNoteList; viewer: 'client' | 'clinician' }) {
  const pin = usePinNote(clientId);
  const request = useRequestNote(clientId);
  return (
    <Stack gap="md">
      {list.openRequest ? (
        <Text role="status" data-testid="note-request-open">
          {viewer === 'client' ? words.requested(formatDate(list.openRequest.createdAt)) : words.requestedClinician(formatDate(list.openRequest.createdAt))}
        </Text>
      ) : list.can.request ? (
        <Stack gap={4}>
          <div>
            <Button variant="default" onClick={() => request.mutate()} loading={request.isPending}>
              {words.request}
            </Button>
          </div>
          <Text size="sm" c="dimmed">
            {words.requestHelp}
          </Text>
        </Stack>
      ) : null}
      {request.error ? <ErrorNotice error={request.error} /> : null}
      {pin.error ? <ErrorNotice error={pin.error} /> : null}
      {list.notes.length === 0 ? <Text>{viewer === 'client' ? words.none : words.noneClinician}</Text> : null}
      {list.notes.map((note) => (
        <NoteCard
          key={note.id}
          note={note}
          pinPending={pin.isPending && pin.variables?.noteId === note.id}
          {...(list.can.pin ? { onPin: (pinned: boolean) => pin.mutate({ noteId: note.id, pinned }) } : {})}
        />
      ))}
    </Stack>
  );
}
