import { Badge, Group, List, Text } from '@mantine/core';
import type { CareTeamMember } from '@steadfast/contracts';
import { careTeamWords as words } from './care-teams.words';

/** A care team: each member with their role, and for clinicians what each may see. */
export function CareTeamList({ members, showScopes = false }: { members: CareTeamMember[]; showScopes?: boolean }) {
  return (
    <List spacing="sm" listStyleType="none" ml={0} pl={0}>
      {members.map((m) => (
        <List.Item key={m.clinicianId}>
          <Group gap="xs">
            <Text fw={600}>{m.name}</Text>
            <Text>{words.role[m.role]}</Text>
            {m.isPrimary ? <Badge variant="light">{words.primary}</Badge> : null}
          </Group>
          {showScopes ? (
            <Text size="sm" c="dimmed">
              {m.isPrimary
                ? words.seesEverything
                : m.scopes.length > 0
                  ? `${words.sees}: ${m.scopes.map((s) => words.scope[s]).join(', ')}`
                  : words.seesNothingYet}
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
