import { Group, List, Text } from '@mantine/core';
import type { AppointmentView } from '@steadfast/contracts';
import { formatDateTime } from '../../ui/format-date';
import { schedulingWords as words } from './scheduling.words';

// Enough to see the rhythm of the coming weeks; the plan's timeline shows the longer view.
const SHOWN = 8;

/** The next sessions, oldest first, each in the practice's zone. Cancelled ones drop out: a re-planned series would otherwise bury the real ones. */
export function AppointmentList({ appointments, timeZone, showClinician }: { appointments: AppointmentView[]; timeZone?: string; showClinician?: boolean }) {
  const now = Date.now();
  const upcoming = appointments.filter((a) => a.status === 'scheduled' && Date.parse(a.end) >= now).slice(0, SHOWN);
  if (upcoming.length === 0) return <Text>{words.noUpcoming}</Text>;
  return (
    <List spacing="xs" listStyleType="none" p={0} data-testid="appointment-list">
      {upcoming.map((a) => (
        <List.Item key={a.id}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{formatDateTime(a.start, timeZone)}</Text>
            <Text>
              {words.kind[a.kind]}
              {showClinician ? ` ${words.withWhom(a.clinicianName)}` : ''}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
