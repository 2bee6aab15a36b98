import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { INSTRUMENTS, instruments, type Instrument } from '@steadfast/contracts';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { useSubmitMeasure } from './measures.api';
import { measureWords as words } from './measures.words';
import { MeasureForm } from './MeasureForm';

const isInstrument = (v: string | undefined): v is Instrument => (instruments as readonly string[]).includes(v ?? '');

/** The client answers a due PHQ-9 or GAD-7; afterwards a thank-you, and the crisis routes if the server says so. */
export default function MeasurePage() {
  const { instrument } = useParams();
  const me = useMe().data;
  if (!isInstrument(instrument)) return <NotFoundPage />;
  if (!me?.user.clientId) return <LoadingPage />;
  return <Measure clientId={me.user.clientId} instrument={instrument} />;
}

function Measure({ clientId, instrument }: { clientId: string; instrument: Instrument }) {
  const definition = INSTRUMENTS[instrument];
  const submit = useSubmitMeasure(clientId);
  return (
    <Page title={words.title(definition.name)} intro={words.intro}>
      {submit.data ? (
        <Stack gap="md">
          {submit.data.showCrisisRoutes ? (
            <Paper withBorder p="md" bg="ember.0" data-testid="measure-crisis-routes">
              <Stack gap="xs">
                <Title order={2} size="h3">
                  {words.crisisHeading}
                </Title>
                <Text>{words.crisisBody}</Text>
                <Anchor component={Link} to="/help" fw={600} c="ember.9">
                  {words.crisisLink}
                </Anchor>
              </Stack>
            </Paper>
          ) : null}
          <Paper withBorder p="md" data-testid="measure-thanks">
            <Stack gap="xs">
              <Title order={2} size="h3">
                {words.thanksHeading}
              </Title>
              <Text role="status">{words.thanks}</Text>
              <Anchor component={Link} to="/" fw={600}>
                {words.backHome}
              </Anchor>
            </Stack>
          </Paper>
        </Stack>
      ) : (
        <>
          {submit.error ? <ErrorNotice error={submit.error} /> : null}
          <MeasureForm
            definition={definition}
            pending={submit.isPending}
            onSubmit={(answers, functional) => submit.mutate({ instrument, answers, functional })}
          />
        </>
      )}
    </Page>
  );
}
