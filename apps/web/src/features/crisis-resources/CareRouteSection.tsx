import { List, Stack, Text, Title } from '@mantine/core';
import { describeMember } from '../care-teams/care-teams.words';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useSafetyPlan } from '../safety-plans/safety-plans.api';
import { crisisWords as words } from './crisis-resources.words';

/**
 * The client's care team and the on-call route. The plan carries both (and is kept on the
 * device); the client's profile is the fallback while no plan has been read.
 */
export function CareRouteSection({ clientId }: { clientId: string | null | undefined }) {
  const plan = useSafetyPlan(clientId).data;
  const profile = useClientProfile(plan || !clientId ? undefined : clientId, { stayOn401: true }).data;
  const team = plan?.careRoute.careTeam ?? profile?.careTeam ?? [];
  const onCall = plan?.careRoute.onCall.label;
  if (team.length === 0 && !onCall) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="care-team-heading" data-testid="crisis-care-team">
      <Title order={2} id="care-team-heading">
        {words.careTeamHeading}
      </Title>
      <Text>{words.careTeamIntro}</Text>
      {team.length > 0 ? (
        <List spacing="xs">
          {team.map((member) => (
            <List.Item key={`${member.name}-${member.role}`}>{describeMember(member)}</List.Item>
          ))}
        </List>
      ) : null}
      {onCall ? (
        <div>
          <Title order={3} size="h4">
            {words.onCallHeading}
          </Title>
          <Text>{onCall.charAt(0).toUpperCase() + onCall.slice(1)}</Text>
        </div>
      ) : null}
    </Stack>
  );
}
