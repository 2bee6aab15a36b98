import { Anchor, Button, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useMe } from '../identity/identity.api';
import { FormulationCard } from '../risk/FormulationCard';
import { useRiskFormulations } from '../risk/risk.api';
import { notesOf, useClinicalNotes, useWriteClinicalNote } from './clinical-notes.api';
import { clinicalNotesWords as words } from './clinical-notes.words';
import { ClinicalNoteCard } from './ClinicalNoteCard';
import { ClinicalNoteForm } from './ClinicalNoteForm';

/** A client's private clinical notes (SPEC §2.8), with the clinician's latest risk formulation beside them. */
export default function ClinicalNotesPage() {
  const { clientId = '' } = useParams();
  const timeZone = useMe().data?.practice.timeZone;
  const profile = useClientProfile(clientId);
  const notes = useClinicalNotes(clientId);
  const write = useWriteClinicalNote(clientId);
  if (profile.isPending || notes.isPending) return <LoadingPage />;
  const back = (
    <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
      {words.back}
    </Anchor>
  );
  const error = profile.error ?? notes.error;
  if (error || !profile.data || !notes.data) {
    return (
      <Page title={words.link}>
        {/* Refused or not there is an answer, not a failure: trying again would change nothing. */}
        {isApiError(error, 'forbidden') || isApiError(error, 'not_found') ? (
          <ErrorNotice error={error} />
        ) : (
          <ErrorNotice error={error} onRetry={() => void (profile.error ? profile.refetch() : notes.refetch())} />
        )}
        {back}
      </Page>
    );
  }
  const list = notesOf(notes.data);
  const canWrite = notes.data.pages[0]?.can.write ?? false;
  return (
    <Page title={words.title(profile.data.name)} intro={words.intro}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {canWrite ? (
              <Paper withBorder p="md" component="section" aria-labelledby="write-note-heading">
                <Stack gap="sm">
                  <Title order={2} id="write-note-heading">
                    {words.writeHeading}
                  </Title>
                  <ClinicalNoteForm
                    label={words.writeLabel}
                    hint={words.writeHint}
                    submitLabel={words.save}
                    savedMessage={words.saved}
                    pending={write.isPending}
                    error={write.error}
                    onSave={(body) => write.mutateAsync({ body })}
                  />
                </Stack>
              </Paper>
            ) : null}
            <Stack gap="sm" component="section" aria-labelledby="notes-heading">
              <Title order={2} id="notes-heading">
                {words.listHeading}
              </Title>
              {list.length === 0 ? <Text>{words.none}</Text> : null}
              {list.map((note) => (
                <ClinicalNoteCard key={note.id} note={note} canAmend={canWrite} timeZone={timeZone} />
              ))}
              {notes.hasNextPage ? (
                <div>
                  <Button variant="default" loading={notes.isFetchingNextPage} onClick={() => void notes.fetchNextPage()}>
                    {words.loadOlder}
                  </Button>
                </div>
              ) : null}
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <FormulationAside clientId={clientId} timeZone={timeZone} />
        </Grid.Col>
      </Grid>
      {back}
    </Page>
  );
}

/** The clinician's own latest risk formulation, read beside the notes (the full history is on the risk page). */
function FormulationAside({ clientId, timeZone }: { clientId: string; timeZone?: string }) {
  const formulations = useRiskFormulations(clientId);
  const latest = formulations.data?.formulations[0];
  return (
    <Stack gap="sm" component="aside" aria-labelledby="formulation-heading">
      <Title order={2} id="formulation-heading">
        {words.formulationHeading}
      </Title>
      {formulations.isPending ? <Loading /> : null}
      {formulations.error ? <ErrorNotice error={formulations.error} onRetry={() => void formulations.refetch()} /> : null}
      {formulations.data && !latest ? <Text>{words.formulationNone}</Text> : null}
      {latest ? <FormulationCard formulation={latest} timeZone={timeZone} /> : null}
      <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}/risk`}>
        {words.formulationLink}
      </Anchor>
    </Stack>
  );
}
