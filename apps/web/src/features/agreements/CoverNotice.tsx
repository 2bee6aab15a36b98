import { Alert, Stack, Text } from '@mantine/core';
import { formatDate, formatDateTime } from '../../ui/format-date';
import { useAgreement } from './agreements.api';
import { agreementWords as words } from './agreements.words';

/**
 * Who covers while the client's therapist is away, shown before they write (SPEC §2.3); with
 * `ahead`, also the absences still to come, so that none is ever a surprise.
 */
export function CoverNotice({ clientId, clinicianName, ahead = false }: { clientId: string; clinicianName: string; ahead?: boolean }) {
  const agreement = useAgreement(clientId).data;
  if (!agreement) return null;
  const upcoming = ahead
    ? agreement.absences.filter((a) => !agreement.coverNow || a.coverClinicianId !== agreement.coverNow.clinicianId || a.endsAt !== agreement.coverNow.until)
    : [];
  if (!agreement.coverNow && upcoming.length === 0) return null;
  return (
    <Alert color="blue" variant="light" title={words.coverHeading} data-testid="cover-notice">
      <Stack gap={4}>
        {agreement.coverNow ? <Text>{words.coverNow(clinicianName, agreement.coverNow.name, formatDateTime(agreement.coverNow.until))}</Text> : null}
        {upcoming.map((a) => (
          <Text key={a.id}>
            {words.coverAhead(a.clinicianName, a.coverName, formatDate(a.startsAt), formatDate(new Date(new Date(a.endsAt).getTime() - 1).toISOString()))}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
