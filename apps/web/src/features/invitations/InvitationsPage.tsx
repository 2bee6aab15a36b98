import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { invitationWords } from './invitations.words';

/** The admin's invitations: invite a clinician, see every invitation of the practice. */
export default function InvitationsPage() {
  const me = useMe().data;
  return (
    <Page title={invitationWords.page.title} intro={invitationWords.page.intro}>
      {me?.can.inviteClinicians ? <InviteForm kind="clinician" /> : null}
      <InvitationList timeZone={me?.practice.timeZone} />
    </Page>
  );
}
