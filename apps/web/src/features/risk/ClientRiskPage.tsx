import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useMe } from '../identity/identity.api';
import { FormulationCard } from './FormulationCard';
import { FormulationForm } from './FormulationForm';
import { TriageItemCard } from './TriageItemCard';
import { useClientFlags, useFlagUpdates, useNow, useRiskFormulations } from './risk.api';
import { formulationWords as words, historyWords } from './risk.words';

/** One client's flags beside the clinicians' own risk formulations: two separate records (CLINICAL.md §6). */
export default function ClientRiskPage() {
  const { clientId = '' } = useParams();
  const timeZone = useMe().data?.practice.timeZone;
  const profile = useClientProfile(clientId);
  const flags = useClientFlags(clientId);
  const formulations = useRiskFormulations(clientId);
  useFlagUpdates();
  const now = useNow();
  if (profile.isPending) return <LoadingPage />;
  if (profile.error) return <ErrorNotice error={profile.error} onRetry={() => void profile.refetch()} />;
  const name = profile.data.name;
  return (
    <Page title={words.title(name)} intro={words.intro}>
      <Stack gap="sm" component="section" aria-labelledby="flags-heading">
        <Title order={2} id="flags-heading">
          {words.flagsHeading}
        </Title>
        {flags.isPending ? <Loading /> : null}
        {flags.error ? <ErrorNotice error={flags.error} onRetry={() => void flags.refetch()} /> : null}
        {flags.data?.flags.length === 0 ? <Text>{words.noFlags}</Text> : null}
        {flags.data?.flags.map((item) => (
          <TriageItemCard key={item.flagId} item={item} now={now} timeZone={timeZone} />
        ))}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="formulations-heading">
        <Title order={2} id="formulations-heading">
          {words.listHeading}
        </Title>
        {formulations.isPending ? <Loading /> : null}
        {formulations.error ? <ErrorNotice error={formulations.error} onRetry={() => void formulations.refetch()} /> : null}
        {formulations.data?.formulations.length === 0 ? <Text>{words.none}</Text> : null}
        {formulations.data?.formulations.map((f) => (
          <FormulationCard key={f.id} formulation={f} timeZone={timeZone} />
        ))}
      </Stack>
      {formulations.data?.canWrite ? (
        <Paper withBorder p="md">
          <FormulationForm clientId={clientId} />
        </Paper>
      ) : null}
      <Anchor component={Link} to="/triage">
        {historyWords.back}
      </Anchor>
    </Page>
  );
}
