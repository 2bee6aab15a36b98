import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { ClientErasureCard } from '../erasure/ClientErasureCard';
import { RecordDownloadCard } from './RecordDownloadCard';
import { exportWords } from './export.words';

const words = exportWords.client;

/** The client's own information: a copy to keep or to take to another service (SPEC §2.12). */
export default function ClientInformationPage() {
  const me = useMe();
  if (me.isPending) return <LoadingPage />;
  if (me.error) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  const clientId = me.data.user.clientId;
  return (
    <Page title={words.pageTitle} intro={words.pageIntro}>
      {clientId ? <RecordDownloadCard clientId={clientId} audience="client" /> : null}
      {clientId ? <ClientErasureCard clientId={clientId} /> : null}
    </Page>
  );
}
