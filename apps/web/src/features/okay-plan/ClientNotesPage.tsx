import { Paper, Stack, Title } from '@mantine/core';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { useReassuranceNotes } from './okay-plan.api';
import { notesWords as words } from './okay-plan.words';
import { NotesList } from './NotesList';
import { WriteNoteForm } from './WriteNoteForm';

/** The client's notes to keep: from their care team and to their future self (SPEC §2.6). */
export default function ClientNotesPage() {
  const clientId = useMe().data?.user.clientId ?? undefined;
  const notes = useReassuranceNotes(clientId);
  return (
    <Page title={words.title} intro={words.intro}>
      {notes.isPending ? <Loading /> : null}
      {notes.error ? <ErrorNotice error={notes.error} onRetry={() => void notes.refetch()} /> : null}
      {clientId && notes.data ? <NotesList clientId={clientId} list={notes.data} viewer="client" /> : null}
      {clientId && notes.data?.can.writeToSelf ? (
        <Paper withBorder p="md" component="section" aria-labelledby="note-to-self-heading">
          <Stack gap="sm">
            <Title order={2} id="note-to-self-heading">
              {words.writeToSelf}
            </Title>
            <WriteNoteForm clientId={clientId} toSelf />
          </Stack>
        </Paper>
      ) : null}
    </Page>
  );
}
