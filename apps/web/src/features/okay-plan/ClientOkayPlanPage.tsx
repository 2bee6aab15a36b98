import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { okayPlanWords as words } from './okay-plan.words';
import { OkayPlanWorkspace } from './OkayPlanWorkspace';

/** The client's own okay plan, one tap from home (SPEC §2.6). */
export default function ClientOkayPlanPage() {
  const clientId = useMe().data?.user.clientId;
  return (
    <Page title={words.title} intro={words.intro}>
      {clientId ? <OkayPlanWorkspace clientId={clientId} viewer="client" /> : <Loading />}
    </Page>
  );
}
