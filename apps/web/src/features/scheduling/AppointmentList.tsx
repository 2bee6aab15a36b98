import { Badge, Group, List, Text } from '@mantine/core';
import type { AppointmentView } from '@steadfast/contracts';
import { formatDateTime } from '../../ui/format-date';
import { schedulingWords as words } from './scheduling.words';

/** Appointments oldest first, each in the practice's zone; a cancelled one says so plainly. */
export function AppointmentList({ appointments, timeZone, showClinician }: { appointments: AppointmentView[]; timeZone?: string; showClinician?: boolean }) {
  const now = Date.now();
  const upcoming = appointments.filter((a) => Date.parse(a.end) >= now);
  if (upcoming.length === 0) return <Text>{words.noUpcoming}</Text>;
  return (
    <List spacing="xs" listStyleType="none" p={0} data-testid="appointment-list">
      {upcoming.map((a) => (
        <List.Item key={a.id}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} td={a.status === 'cancelled' ? 'line-through' : undefined}>
              {formatDateTime(a.start, timeZone)}
            </Text>
            <Text>
              {words.kind[a.kind]}
              {showClinician ? ` ${words.withWhom(a.clinicianName)}` : ''}
            </Text>
            {a.status === 'cancelled' ? (
              <Badge color="gray" variant="light">
                {words.cancelled}
              </Badge>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
