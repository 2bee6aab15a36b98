import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../ui/format-date';
import { useMeasuresDue } from './measures.api';
import { measureWords as words } from './measures.words';

/** On the client's home only when a questionnaire is due: nothing is shown (and nothing nags) otherwise. */
export function MeasuresDueCard({ clientId }: { clientId: string }) {
  const due = useMeasuresDue(clientId).data?.due ?? [];
  if (due.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="measures-due-heading" data-testid="measures-due">
      <Stack gap="sm">
        <Title order={2} id="measures-due-heading">
          {words.dueHeading}
        </Title>
        {due.map((d) => (
          <Stack key={d.instrument} gap={6}>
            <Text>
              {words.about[d.instrument]}{' '}
              {d.beforeAppointmentAt
                ? words.dueBeforeAppointment(words.name[d.instrument], formatDateTime(d.beforeAppointmentAt))
                : words.dueUntil(words.name[d.instrument], formatDate(d.expiresOn))}
            </Text>
            <div>
              <Button component={Link} to={`/questionnaires/${d.instrument}`} variant="default">
                {words.start(words.name[d.instrument])}
              </Button>
            </div>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
