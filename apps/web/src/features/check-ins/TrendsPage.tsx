import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { useCheckinOutbox } from './check-ins.outbox';
import { trendWords as words } from './check-ins.words';
import { TrendsPanel } from './TrendsPanel';

/** The client's own trends. */
export default function TrendsPage() {
  const me = useMe().data;
  // Keeps the outbox listening here too, so a kept check-in goes out from this page.
  useCheckinOutbox(me?.user.id);
  if (!me?.user.clientId) return <LoadingPage title={words.clientTitle} />;
  return (
    <Page title={words.clientTitle} intro={words.clientIntro}>
      <TrendsPanel clientId={me.user.clientId} clinician={false} />
    </Page>
  );
}
