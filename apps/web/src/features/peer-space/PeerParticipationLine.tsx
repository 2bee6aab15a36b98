import { Text } from '@mantine/core';
import { formatDate } from '../../ui/format-date';
import { usePeerParticipation } from './peer-space.api';
import { peerWords } from './peer-space.words';

/** For the care team: that the client takes part in the peer space, shown only when the client agreed; never what they wrote. */
export function PeerParticipationLine({ clientId }: { clientId: string }) {
  const participation = usePeerParticipation(clientId).data?.participation;
  if (!participation) return null;
  return (
    <Text size="sm" data-testid="peer-participation">
      {peerWords.participation.yes(formatDate(participation.joinedAt))}
    </Text>
  );
}
