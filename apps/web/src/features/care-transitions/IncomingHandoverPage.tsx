import { Anchor, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useIncomingHandover } from './care-transitions.api';
import { transitionWords as words } from './care-transitions.words';
import { HandoverCard } from './TransitionsPage';

/** A handover made to this clinician (SPEC §2.10): the summary to read and the introduction to write, before the overlap begins. */
export default function IncomingHandoverPage() {
  const { handoverId = '' } = useParams();
  const handover = useIncomingHandover(handoverId);
  if (handover.isPending) return <LoadingPage title={words.incoming.title} />;
  if (handover.error) return <ErrorNotice error={handover.error} onRetry={() => void handover.refetch()} />;
  const h = handover.data.handover;
  return (
    <Page title={words.incoming.heading(h.clientName)} intro={words.incoming.intro(formatDate(h.overlapStartsAt))}>
      <HandoverCard clientId={h.clientId} handover={h} />
      {h.status === 'planned' ? (
        <Text c="dimmed">{words.incoming.notYet}</Text>
      ) : (
        <Anchor component={Link} to={`/clients/${encodeURIComponent(h.clientId)}`}>
          {words.incoming.open(h.clientName)}
        </Anchor>
      )}
    </Page>
  );
}
