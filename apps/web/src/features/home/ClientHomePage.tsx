import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { firstNameOf } from '@steadfast/contracts';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useOneMorePerCommit } from '../../ui/useOneMorePerCommit';
import { useClientProfile } from '../care-teams/care-teams.api';
import { careTeamWords } from '../care-teams/care-teams.words';
import { CareTeamList } from '../care-teams/CareTeamList';
import { CheckinHomeCard } from '../check-ins/CheckinHomeCard';
import { useCheckinConfig, useCheckinOn } from '../check-ins/check-ins.api';
import { todayIn } from '../check-ins/check-ins.dates';
import { MeasuresDueCard } from '../measures/MeasuresDueCard';
import { useMeasuresDue } from '../measures/measures.api';
import { CoverNotice } from '../agreements/CoverNotice';
import { useAgreement } from '../agreements/agreements.api';
import { useMe } from '../identity/identity.api';
import { homeWords as words } from './home.words';
import { PinnedNotes } from '../okay-plan/PinnedNotes';
import { useReassuranceNotes } from '../okay-plan/okay-plan.api';
import { ClientTransitionsCard } from '../care-transitions/ClientTransitionsCard';
import { useTransitions } from '../care-transitions/care-transitions.api';

export { prefetchHomeData } from './home.prefetch';

/**
 * The client's home: a greeting, their safety plan one tap away, their care team, and a plain word that messages are not
 * watched around the clock. Features add their own pages through src/app/routes.tsx.
 */
export default function ClientHomePage() {
  const me = useMe().data;
  const clientId = me?.user.clientId ?? undefined;
  const profile = useClientProfile(clientId);
  const settled = useHomeCardsSettled(clientId);
  const cards = homeCards(me?.user.id, clientId, profile);
  // One card per commit, and only once every card has what it needs (useHomeCardsSettled).
  const shown = useOneMorePerCommit(settled ? cards.length : 0);
  if (!me) return <LoadingPage />;
  return (
    <Page title={words.title(firstNameOf(me.user.name))} intro={words.intro(me.practice.name)}>
      {clientId ? <SafetyPlanCard /> : null}
      {settled ? cards.slice(0, shown) : <Loading />}
    </Page>
  );
}

/** The cards below the safety plan, top to bottom. */
function homeCards(userId: string | undefined, clientId: string | undefined, profile: ReturnType<typeof useClientProfile>): ReactElement[] {
  const forClient =
    clientId && userId
      ? [
          <ClientTransitionsCard key="transitions" clientId={clientId} />,
          <CheckinHomeCard key="checkin" userId={userId} clientId={clientId} />,
          <MeasuresDueCard key="measures" clientId={clientId} />,
          <CoverNotice key="cover" clientId={clientId} clinicianName={profile.data?.careTeam.find((m) => m.isPrimary)?.name ?? ''} ahead />,
        ]
      : [];
  return [
    ...forClient,
    <PinnedNotes key="notes" clientId={clientId} />,
    <Paper key="care-team" withBorder p="md" component="section" aria-labelledby="care-team-heading">
      <Stack gap="sm">
        <Title order={2} id="care-team-heading">
          {careTeamWords.yourCareTeamHeading}
        </Title>
        {profile.isPending ? <Loading /> : null}
        {profile.error ? <ErrorNotice error={profile.error} onRetry={() => void profile.refetch()} /> : null}
        {profile.data ? (
          profile.data.careTeam.length > 0 ? (
            <>
              <Text>{words.careTeamIntro}</Text>
              <CareTeamList members={profile.data.careTeam} />
            </>
          ) : (
            <Text>{words.careTeamMissing}</Text>
          )
        ) : null}
      </Stack>
    </Paper>,
    <Paper key="notice" withBorder p="md" component="section" aria-labelledby="notice-heading" bg="harbour.0" data-testid="not-monitored-notice">
      <Stack gap="sm">
        <Title order={2} id="notice-heading">
          {words.noticeHeading}
        </Title>
        <Text>{words.notice}</Text>
        <Anchor component={Link} to="/help" fw={600} c="harbour.9">
          {words.crisisLink}
        </Anchor>
      </Stack>
    </Paper>,
  ];
}

/**
 * Whether every card below the safety plan has what it needs. They appear together, once, so a card
 * that arrives late never pushes down one already being read (the plan above them is painted by the
 * server and never waits). A request that failed or waits for a connection counts as settled: its
 * card says so itself.
 */
function useHomeCardsSettled(clientId: string | undefined): boolean {
  const config = useCheckinConfig(clientId);
  const today = useCheckinOn(clientId, config.data ? todayIn(config.data.timeZone) : undefined);
  const queries = [
    config,
    useMeasuresDue(clientId),
    useAgreement(clientId),
    useReassuranceNotes(clientId),
    useClientProfile(clientId),
    useTransitions(clientId),
  ];
  if (!clientId) return true;
  const settled = (q: { isPending: boolean; fetchStatus: string }) => !q.isPending || q.fetchStatus === 'paused';
  return queries.every(settled) && (!config.isSuccess || settled(today));
}

/** The plan, one tap from home (CLINICAL.md: available in one tap). The server paints the same card first (apps/server/src/web/home-page.ts). */
function SafetyPlanCard() {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-heading" data-testid="home-safety-plan">
      <Stack gap="sm">
        <Title order={2} id="plan-heading">
          {words.planHeading}
        </Title>
        <Text>{words.planIntro}</Text>
        <Button component={Link} to="/plan" size="md">
          {words.planLink}
        </Button>
      </Stack>
    </Paper>
  );
}
