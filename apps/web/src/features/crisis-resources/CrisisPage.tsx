import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { notMonitoredNotice } from '@steadfast/contracts';
import { Fragment } from 'react';
import { serverSawNoSession } from '../../app/server-page';
import { usePageTitle } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { SafetyPlanSteps } from '../safety-plans/SafetyPlanSteps';
import { CareRouteSection } from './CareRouteSection';
import { CrisisLinesSections } from './CrisisLinesSections';
import { chooseCrisisLines, useCrisisLines, type CrisisLineGroup } from './crisis-resources.api';
import { crisisWords as words, emergencyNumber } from './crisis-resources.words';
import './crisis-resources.print.css';

/**
 * "I'm not okay" (SPEC §2.7, CLINICAL.md §4.2). Everything here paints from what the device
 * already holds: the last crisis lines and plan, or the bundled country defaults. Nothing
 * waits for the network or a session, and nothing here is hidden behind sign-in.
 */
export function CrisisPage() {
  usePageTitle(words.documentTitle);
  // Signed out, as the server saw (server-page.ts): no request that needs a session.
  const asking = !serverSawNoSession();
  const me = useMe({ stayOn401: true, enabled: asking }).data;
  const lines = useCrisisLines({ enabled: asking }).data;
  const groups = chooseCrisisLines(lines, me?.practice.country);
  // Known client: their plan; known staff: none; not known (offline, signed out): the device's copy.
  const clientId = me ? (me.user.clientId ?? null) : undefined;
  return (
    <Stack gap="xl" className="crisis-page" data-testid="crisis-screen">
      <Stack gap="sm">
        <Title order={1}>{words.opener}</Title>
        <Text size="lg">{words.openerMore}</Text>
        <EmergencyShortcut groups={groups} />
      </Stack>
      <SafetyPlanSteps clientId={clientId} />
      <CareRouteSection clientId={clientId} />
      <CrisisLinesSections groups={groups} />
      <Alert variant="light" color="harbour" data-testid="not-monitored-notice">
        <Text>{lines?.notMonitoredNotice ?? notMonitoredNotice}</Text>
      </Alert>
      <div className="crisis-no-print">
        <Button variant="default" onClick={() => window.print()}>
          {words.print}
        </Button>
      </div>
    </Stack>
  );
}

/** One line at the top for when life is at risk: the person's own plan comes first otherwise. */
function EmergencyShortcut({ groups }: { groups: CrisisLineGroup[] }) {
  const numbers = groups.flatMap((g) => {
    const line = g.lines.find((l) => l.channel === 'emergency');
    return line ? [{ country: g.country, number: emergencyNumber(line), href: line.href }] : [];
  });
  if (numbers.length === 0) return null;
  return (
    <Text fw={600} data-testid="emergency-shortcut">
      {words.emergencyNow.lead}
      {numbers.map((n, i) => (
        <Fragment key={n.country}>
          {i > 0 ? words.and : null}
          <Anchor href={n.href} fw={700}>
            {numbers.length > 1 ? words.inCountry(n.number, n.country) : n.number}
          </Anchor>
        </Fragment>
      ))}
      {words.emergencyNow.end}
    </Text>
  );
}
