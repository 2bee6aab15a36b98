import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { okayPlanSections, type OkayPlanContent } from '@steadfast/contracts';
import { okayPlanWords as words } from './okay-plan.words';

/** The plan as read: each written section with its heading; empty sections are left out. */
export function OkayPlanSections({ plan }: { plan: OkayPlanContent }) {
  const written = okayPlanSections.filter((s) => plan[s].length > 0);
  return (
    <Stack gap="md" data-testid="okay-plan-sections">
      {written.map((section) => (
        <Paper key={section} withBorder p="md" component="section" aria-labelledby={`okay-${section}`}>
          <Stack gap="xs">
            <Title order={2} size="h3" id={`okay-${section}`}>
              {words.sections[section].heading}
            </Title>
            <List spacing="xs">
              {plan[section].map((item, i) => (
                <List.Item key={i}>
                  <Text>{item}</Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
