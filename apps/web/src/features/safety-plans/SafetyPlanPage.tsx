import { Stack } from '@mantine/core';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { PlanSectionsView } from './PlanSectionsView';
import { SafetyPlanWorkspace } from './SafetyPlanWorkspace';
import { useSafetyPlan } from './safety-plans.api';
import { safetyPlanEditorWords as words } from './safety-plans.words';

/**
 * The client's own plan. The device's copy shows at once (offline too); changing it waits
 * for the server's current version, so a save never starts from an old copy.
 */
export default function SafetyPlanPage() {
  const me = useMe().data;
  const clientId = me?.user.clientId;
  const plan = useSafetyPlan(clientId);
  // initialDataUpdatedAt is 0 for the device copy: a later time means the server answered.
  // It stays set when a later refresh fails, so an open editor is never taken away mid-word.
  const fresh = plan.dataUpdatedAt > 0;
  return (
    <Page title={words.clientTitle} intro={words.clientIntro}>
      {plan.isError && !fresh ? <ErrorNotice error={plan.error} title={words.loadFailed} onRetry={() => void plan.refetch()} /> : null}
      {clientId && plan.data && fresh ? (
        <SafetyPlanWorkspace
          clientId={clientId}
          view={plan.data}
          reload={async () => (await plan.refetch()).data ?? undefined}
          ownPlan
          printHref="/plan/print"
          timeZone={me?.practice.timeZone}
        />
      ) : plan.data ? (
        <Stack>
          <PlanSectionsView plan={plan.data.plan} careRoute={plan.data.careRoute} oneTapLinks />
        </Stack>
      ) : plan.isError ? null : (
        <Loading />
      )}
    </Page>
  );
}
