import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { CaseloadAppointmentSignals, CaseloadStepUpSignals } from '@steadfast/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/format-date';
import { schedulingWords } from './scheduling.words';

const words = {
  next: (when: string, kind: string) => `Next session: ${when} (${kind.toLowerCase()})`,
  noNext: 'No session booked',
  stepUp: (detail: string) => `Step-back-up signal: ${detail}`,
};

/** The caseload's scheduling lines: the next session, and any step-back-up signal linking to the plan. */
export function CaseloadSchedulingSignals({
  clientId,
  appointments,
  stepUp,
  timeZone,
}: {
  clientId: string;
  appointments: CaseloadAppointmentSignals | null | undefined;
  stepUp: CaseloadStepUpSignals | null | undefined;
  timeZone?: string;
}) {
  const next = appointments?.next;
  return (
    <>
      {appointments ? (
        <Text size="sm" data-testid="caseload-next-appointment">
          {next ? words.next(formatDateTime(next.start, timeZone), schedulingWords.kind[next.kind]) : words.noNext}
        </Text>
      ) : null}
      {stepUp && stepUp.raised.length > 0 ? (
        <Group gap="xs">
          {stepUp.raised.map((signal) => (
            <Badge key={signal.kind} color="yellow" variant="light" style={{ textTransform: 'none' }} data-testid="caseload-step-up">
              <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}/appointments`} inherit c="dark.9">
                {words.stepUp(signal.detail)}
              </Anchor>
            </Badge>
          ))}
        </Group>
      ) : null}
    </>
  );
}
