import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { careTeamWords } from '../care-teams/care-teams.words';
import { CareTeamList } from '../care-teams/CareTeamList';
import { CheckinHomeCard } from '../check-ins/CheckinHomeCard';
import { MeasuresDueCard } from '../measures/MeasuresDueCard';
import { useMe } from '../identity/identity.api';
import { homeWords as words } from './home.words';

/**
 * The client's home: a greeting, their care team, and a plain word that messages are not
 * watched around the clock. Features add their own pages through src/app/routes.tsx.
 */
export default function ClientHomePage() {
  const me = useMe().data;
  const profile = useClientProfile(me?.user.clientId);
  if (!me) return <Loading />;
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  return (
    <Page title={words.title(firstName)} intro={words.intro(me.practice.name)}>
      {me.user.clientId ? <CheckinHomeCard userId={me.user.id} clientId={me.user.clientId} /> : null}
      {me.user.clientId ? <MeasuresDueCard clientId={me.user.clientId} /> : null}
      <Paper withBorder p="md" component="section" aria-labelledby="care-team-heading">
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
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="notice-heading" bg="harbour.0" data-testid="not-monitored-notice">
        <Stack gap="sm">
          <Title order={2} id="notice-heading">
            {words.noticeHeading}
          </Title>
          <Text>{words.notice}</Text>
          <Anchor component={Link} to="/help" fw={600} c="harbour.9">
            {words.crisisLink}
          </Anchor>
        </Stack>
      </Paper>
    </Page>
  );
}
