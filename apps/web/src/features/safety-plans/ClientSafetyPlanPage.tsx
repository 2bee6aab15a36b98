import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useMe } from '../identity/identity.api';
import { SafetyPlanWorkspace } from './SafetyPlanWorkspace';
import { useCareTeamSafetyPlan } from './safety-plans.editing.api';
import { safetyPlanEditorWords as words } from './safety-plans.words';

/** A client's plan for their care team: read, edit together in session, and its history. */
export default function ClientSafetyPlanPage() {
  const { clientId = '' } = useParams();
  const me = useMe().data;
  const profile = useClientProfile(clientId);
  const plan = useCareTeamSafetyPlan(clientId);
  const name = profile.data?.name;
  return (
    <Page title={name ? words.clinicianTitle(name) : words.clinicianTitleUnnamed} intro={words.clinicianIntro}>
      {plan.isPending ? <Loading /> : null}
      {plan.isError ? <ErrorNotice error={plan.error} title={words.loadFailed} onRetry={() => void plan.refetch()} /> : null}
      {plan.data ? (
        <SafetyPlanWorkspace
          clientId={clientId}
          view={plan.data}
          reload={async () => (await plan.refetch()).data ?? undefined}
          ownPlan={false}
          printHref={`/clients/${encodeURIComponent(clientId)}/safety-plan/print`}
          timeZone={me?.practice.timeZone}
        />
      ) : null}
      <Stack className="plan-no-print">
        <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
          {words.backToClient(name)}
        </Anchor>
      </Stack>
    </Page>
  );
}
