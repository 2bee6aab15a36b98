import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { SafetyPlanView } from '@steadfast/contracts';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { chooseCrisisLines, useCrisisLines } from '../crisis-resources/crisis-resources.api';
import { actionLabel } from '../crisis-resources/crisis-resources.words';
import { useMe } from '../identity/identity.api';
import { PlanSectionsView } from './PlanSectionsView';
import { useSafetyPlan } from './safety-plans.api';
import { useCareTeamSafetyPlan } from './safety-plans.editing.api';
import { safetyPlanEditorWords as words } from './safety-plans.words';
import './safety-plans.print.css';

/** The plan to keep on paper: the client's own (/plan/print) or a client's, for their care team. */
export default function SafetyPlanPrintPage() {
  const { clientId } = useParams();
  return clientId ? <CareTeamCopy clientId={clientId} /> : <OwnCopy />;
}

function OwnCopy() {
  const me = useMe().data;
  // The device's copy prints even offline.
  const plan = useSafetyPlan(me?.user.clientId);
  return <PrintablePlan view={plan.data ?? undefined} error={plan.data ? null : plan.error} title={words.printPage.title} backHref="/plan" />;
}

function CareTeamCopy({ clientId }: { clientId: string }) {
  const plan = useCareTeamSafetyPlan(clientId);
  const name = useClientProfile(clientId).data?.name;
  const title = name ? words.printPage.titleFor(name) : words.clinicianTitleUnnamed;
  return <PrintablePlan view={plan.data} error={plan.error} title={title} backHref={`/clients/${encodeURIComponent(clientId)}/safety-plan`} />;
}

interface PrintablePlanProps {
  view: SafetyPlanView | undefined;
  error: unknown;
  title: string;
  backHref: string;
}

function PrintablePlan({ view, error, title, backHref }: PrintablePlanProps) {
  usePageTitle(title);
  const me = useMe().data;
  return (
    <Stack gap="md" className="plan-print" data-testid="plan-print">
      <Group gap="sm" className="plan-no-print">
        <Button onClick={() => window.print()} disabled={!view}>
          {words.printPage.printNow}
        </Button>
        <Anchor component={Link} to={backHref}>
          {words.printPage.back}
        </Anchor>
      </Group>
      <Title order={1}>{title}</Title>
      <Text>{words.printPage.intro}</Text>
      {error ? <ErrorNotice error={error} title={words.loadFailed} /> : null}
      {view ? <PlanSectionsView plan={view.plan} careRoute={view.careRoute} /> : error ? null : <Loading />}
      <PrintedLines country={me?.practice.country} />
      <Text size="xs">{words.printPage.printed(formatDateTime(new Date().toISOString(), me?.practice.timeZone))}</Text>
    </Stack>
  );
}

/** The practice's crisis lines, written out: a button is no use on paper. */
function PrintedLines({ country }: { country: string | undefined }) {
  const groups = chooseCrisisLines(useCrisisLines().data, country);
  return (
    <Stack gap={4} component="section" aria-labelledby="print-lines-heading" className="plan-print-lines">
      <Title order={2} id="print-lines-heading" size="h4">
        {words.printPage.crisisHeading}
      </Title>
      <List spacing={2} size="sm">
        {groups.flatMap((g) =>
          g.lines.map((line, i) => (
            <List.Item key={`${g.country}-${i}`}>
              <Text span fw={600} size="sm">
                {line.name}
              </Text>
              {`: ${actionLabel(line)}${line.hours ? ` (${line.hours})` : ''}`}
            </List.Item>
          )),
        )}
      </List>
    </Stack>
  );
}
