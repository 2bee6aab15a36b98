import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useReassuranceNotes } from './okay-plan.api';
import { caringWords, notesWords, okayPlanWords as words } from './okay-plan.words';
import { CaringContacts } from './CaringContacts';
import { NotesList } from './NotesList';
import { OkayPlanWorkspace } from './OkayPlanWorkspace';
import { StabilityPanel } from './StabilityPanel';
import { WriteNoteForm } from './WriteNoteForm';

/** A client's okay plan and reassurance notes for their therapist (SPEC §2.6). */
export default function ClinicianOkayPlanPage() {
  const { clientId } = useParams();
  const profile = useClientProfile(clientId);
  const notes = useReassuranceNotes(clientId);
  if (profile.isPending) return <Loading />;
  if (profile.error) return <ErrorNotice error={profile.error} onRetry={() => void profile.refetch()} />;
  const client = profile.data;
  return (
    <Page title={words.clinicianTitle(client.name)} intro={words.clinicianIntro}>
      <OkayPlanWorkspace clientId={client.clientId} viewer="clinician" />
      <Paper withBorder p="md" component="section" aria-labelledby="reassurance-heading">
        <Stack gap="md">
          <Title order={2} id="reassurance-heading">
            {notesWords.clinicianHeading}
          </Title>
          <Text>{notesWords.clinicianIntro}</Text>
          {notes.error ? <ErrorNotice error={notes.error} onRetry={() => void notes.refetch()} /> : null}
          {notes.data?.can.write ? (
            <Stack gap="xs">
              <Title order={3}>{notesWords.writeNote}</Title>
              <WriteNoteForm clientId={client.clientId} toSelf={false} />
            </Stack>
          ) : null}
          {notes.isPending ? <Loading /> : null}
          {notes.data ? <NotesList clientId={client.clientId} list={notes.data} viewer="clinician" /> : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="caring-heading">
        <Stack gap="md">
          <Title order={2} id="caring-heading">
            {caringWords.heading}
          </Title>
          <Text>{caringWords.intro}</Text>
          <CaringContacts clientId={client.clientId} />
        </Stack>
      </Paper>
      <StabilityPanel clientId={client.clientId} />
      <Anchor component={Link} to={`/clients/${encodeURIComponent(client.clientId)}`}>
        {`Back to ${client.name}`}
      </Anchor>
    </Page>
  );
}
