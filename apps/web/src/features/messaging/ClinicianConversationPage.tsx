import { Anchor, Text } from '@mantine/core';
import type { MeResponse } from '@steadfast/contracts';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useMe } from '../identity/identity.api';
import { LiveStatus } from './LiveStatus';
import { ConversationThread } from './ConversationThread';
import { useTemplates } from './messaging.api';
import { messagingWords as words } from './messaging.words';
import { NoReplyNeeded } from './NoReplyNeeded';
import { ReplyComposer } from './ReplyComposer';
import { useConversationView } from './useConversationView';
import { useDraft } from './useOutbox';

/** A client's conversation for their care team: the thread with what the screener noticed, and a reply. */
export default function ClinicianConversationPage() {
  const { clientId = '' } = useParams();
  const me = useMe().data;
  if (!me) return <LoadingPage title={words.clinician.titleUnnamed} />;
  return <ClinicianConversation key={clientId} me={me} clientId={clientId} />;
}

function ClinicianConversation({ me, clientId }: { me: MeResponse; clientId: string }) {
  const name = useClientProfile(clientId).data?.name;
  const view = useConversationView(me, clientId);
  const { outbox, online, announce, first } = view;
  const { draft, change, reset } = useDraft(me.user.id, clientId);
  const templates = useTemplates(first?.can.useTemplates === true).data?.templates;
  const thread = useRef<HTMLDivElement>(null);
  useEffect(() => outbox.onSent((item) => item.clientId === clientId && announce(words.reply.sent)), [outbox, clientId, announce]);
  const backLink = (
    <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
      {words.clinician.backToClient(name)}
    </Anchor>
  );

  return (
    <Page title={name ? words.clinician.title(name) : words.clinician.titleUnnamed} intro={words.clinician.intro}>
      <LiveStatus announcement={view.announcement} />
      <ConversationThread
        view={view}
        me={me}
        audience="clinician"
        emptyText={words.clinician.empty}
        onEdit={(item) => change({ body: draft.body ? `${draft.body}\n\n${item.body}` : item.body })}
        boxRef={thread}
        actionsFor={(m) =>
          first?.can.markNoReplyNeeded && m.awaitingReply ? (
            <NoReplyNeeded
              message={m}
              onDone={(said) => {
                announce(said);
                // The button goes with the mark: keep the keyboard in the conversation.
                thread.current?.focus();
              }}
            />
          ) : null
        }
      />
      {view.conversation.isError && !view.conversation.data ? backLink : null}
      {view.conversation.data ? (
        <>
          {first?.can.send ? (
            <ReplyComposer
              draft={draft}
              templates={templates}
              onChange={change}
              onSend={(body) => {
                outbox.add({ key: draft.key, clientId, intent: null, body });
                reset();
                if (!online) announce(words.reply.queuedOffline);
              }}
            />
          ) : (
            <Text>{words.clinician.cannotSend}</Text>
          )}
          {backLink}
        </>
      ) : null}
    </Page>
  );
}
