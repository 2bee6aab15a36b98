import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { messageIntents, notMonitoredNotice, type IntentChoice, type MeResponse } from '@steadfast/contracts';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { is, readLocalCopy, writeLocalCopy } from '../../app/local-copy';
import { LoadingPage } from '../../ui/Loading';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { Page } from '../../ui/Page';
import { useCrisisLines } from '../crisis-resources/crisis-resources.api';
import { CoverNotice } from '../agreements/CoverNotice';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useMe } from '../identity/identity.api';
import { ClientComposer } from './ClientComposer';
import { ConversationThread } from './ConversationThread';
import { CrisisRoutesView } from './CrisisRoutesView';
import { LiveStatus } from './LiveStatus';
import { messagingWords as words } from './messaging.words';
import { useClientSending, type Outcome } from './useClientSending';
import { useConversationView } from './useConversationView';
import { useDraft } from './useOutbox';

/** The client's conversation with their care team (SPEC §2.2). */
export default function ClientMessagesPage() {
  const me = useMe().data;
  if (!me) return <LoadingPage title={words.client.title} />;
  if (!me.user.clientId) return <NotFoundPage />;
  return <ClientConversation me={me} clientId={me.user.clientId} />;
}

function ClientConversation({ me, clientId }: { me: MeResponse; clientId: string }) {
  const view = useConversationView(me, clientId);
  const { draft, change, reset } = useDraft(me.user.id, clientId);
  const sending = useClientSending(view, clientId);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const intentChoices = useIntentChoices(view.first?.intentChoices);

  if (sending.crisisStatus) {
    return (
      <>
        <LiveStatus announcement={view.announcement} />
        <CrisisRoutesView
          status={sending.crisisStatus}
          onBack={() => {
            sending.closeCrisisRoutes();
            setTimeout(() => textarea.current?.focus());
          }}
        />
      </>
    );
  }

  return (
    <Page title={words.client.title}>
      <NotMonitored />
      <CoverBeforeWriting clientId={clientId} />
      <LiveStatus announcement={view.announcement} />
      <ConversationThread
        view={view}
        me={me}
        audience="client"
        emptyText={words.client.empty}
        onEdit={(item) => {
          change({ body: draft.body ? `${draft.body}\n\n${item.body}` : item.body, intent: item.intent });
          textarea.current?.focus();
        }}
      />
      {view.first?.can.send !== false ? (
        <ClientComposer
          draft={draft}
          choices={intentChoices}
          onChange={change}
          textareaRef={textarea}
          outcome={sending.outcome ? <OutcomeNote outcome={sending.outcome} /> : null}
          onOpenCrisisRoutes={sending.openCrisisRoutes}
          onSend={({ intent, body }) => {
            sending.send({ key: draft.key, clientId, intent, body });
            reset();
          }}
        />
      ) : null}
    </Page>
  );
}

/** Under the Send button, where the person is looking: on a phone the thread is above the fold. */
function OutcomeNote({ outcome }: { outcome: NonNullable<Outcome> }) {
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In braces: newer browsers return a promise from scrollIntoView, which must not become the cleanup.
    note.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);
  return (
    <Alert ref={note} color="harbour" variant="light" role="note" data-testid={outcome.kind === 'sent' ? 'reply-expectation' : 'kept-notice'}>
      {outcome.kind === 'sent' ? (
        <Text>
          <strong>{words.composer.sent}</strong> {outcome.expectation}
        </Text>
      ) : (
        <Text>{outcome.words}</Text>
      )}
    </Alert>
  );
}

const CHOICES_COPY = 'intentChoices';
const isChoices = is.arrayOf(
  (v: unknown): v is IntentChoice =>
    is.record(v) && (messageIntents as readonly unknown[]).includes(v.intent) && is.string(v.label) && is.string(v.explanation) && is.string(v.expectation),
);

/**
 * The server's intent choices, and the last ones kept on the device so a message can be written
 * while offline. The kept copy has no reply times: those depend on when it is sent.
 */
function useIntentChoices(served: IntentChoice[] | undefined): IntentChoice[] {
  useEffect(() => {
    if (served)
      writeLocalCopy(
        CHOICES_COPY,
        served.map((c) => ({ ...c, expectation: '' })),
      );
  }, [served]);
  return served ?? readLocalCopy(CHOICES_COPY, isChoices) ?? [];
}

/** Said plainly on the page: messages are not watched around the clock, and where to go instead. */
function NotMonitored() {
  const notice = useCrisisLines().data?.notMonitoredNotice ?? notMonitoredNotice;
  return (
    <Alert color="harbour" variant="light" role="note" title={words.notice.heading} data-testid="not-monitored-notice">
      <Stack gap={4}>
        <Text size="sm">{notice}</Text>
        <Anchor component={Link} to="/help" fw={600} size="sm" c="harbour.9">
          {words.notice.openCrisis}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/** Who covers while the therapist is away, shown before the client writes (SPEC §2.3). */
function CoverBeforeWriting({ clientId }: { clientId: string }) {
  const primary = useClientProfile(clientId).data?.careTeam.find((m) => m.isPrimary)?.name ?? '';
  return <CoverNotice clientId={clientId} clinicianName={primary} />;
}
