import { Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { PeerQueueItem } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMemberStanding, useModerate, useModerationQueue, usePeerSpace, usePeerUpdates } from './peer-space.api';
import { peerWords } from './peer-space.words';

const words = peerWords.moderation;

/** The named moderators' queue (SPEC §2.11): held, reported and hidden items; each decision with a reason. */
export default function PeerModerationPage() {
  const space = usePeerSpace();
  const canModerate = Boolean(space.data?.can.moderate);
  const queue = useModerationQueue(canModerate);
  usePeerUpdates();
  if (space.isPending || (canModerate && queue.isPending)) return <LoadingPage title={words.title} />;
  if (space.error) return <ErrorNotice error={space.error} onRetry={() => void space.refetch()} />;
  if (!canModerate) return <Page title={words.title} intro={space.data.enabled ? words.notModerator : peerWords.notOpen} />;
  if (queue.error) return <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />;
  const sections = [
    { key: 'held', heading: words.held, items: queue.data!.held },
    { key: 'reported', heading: words.reported, items: queue.data!.reported },
    { key: 'hidden', heading: words.hidden, items: queue.data!.hidden },
  ] as const;
  return (
    <Page title={words.title} intro={words.intro}>
      {sections.map((section) => (
        <Stack key={section.key} gap="sm" component="section" aria-labelledby={`peer-queue-${section.key}`} data-testid={`peer-queue-${section.key}`}>
          <Title order={2} id={`peer-queue-${section.key}`}>
            {section.heading} ({section.items.length})
          </Title>
          {section.items.length === 0 ? <Text c="dimmed">{words.none}</Text> : section.items.map((item) => <QueueItem key={item.id} item={item} />)}
        </Stack>
      ))}
    </Page>
  );
}

function QueueItem({ item }: { item: PeerQueueItem }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const moderate = useModerate();
  const standing = useMemberStanding();
  const act = (run: () => void) => {
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    run();
  };
  const labelId = `peer-item-${item.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={labelId} data-testid="peer-queue-item">
      <Stack gap="xs">
        <Text fw={700} id={labelId}>
          {item.title ?? words.on(item.postTitle)}
        </Text>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {words.author(item.author.pseudonym, item.author.suspended)}
          </Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(item.createdAt)}
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.body}</Text>
        {item.screenReasons.length ? (
          <div>
            <Text size="sm" fw={600}>
              {words.why}
            </Text>
            <List size="sm">
              {item.screenReasons.map((r) => (
                <List.Item key={r} style={{ overflowWrap: 'anywhere' }}>
                  {r.replace(/_/g, ' ')}
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {item.reports.length ? (
          <div>
            <Text size="sm" fw={600}>
              {words.reports}
            </Text>
            <List size="sm">
              {item.reports.map((r) => (
                <List.Item key={r.at + r.reason}>{r.reason}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {item.sentToCareTeam ? <Text size="sm">{words.sentToTeam}</Text> : null}
        <Textarea label={words.reason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} rows={1} error={missing ? words.needReason : undefined} />
        {moderate.error ? <ErrorNotice error={moderate.error} /> : null}
        {standing.error ? <ErrorNotice error={standing.error} /> : null}
        {standing.isSuccess ? <Text role="status">{words.done}</Text> : null}
        <Group gap="xs" wrap="wrap">
          {item.status === 'held' ? (
            <Button size="sm" loading={moderate.isPending} onClick={() => act(() => moderate.mutate({ itemId: item.id, action: 'release', reason }))}>
              {words.release}
            </Button>
          ) : null}
          {item.status !== 'hidden' ? (
            <Button size="sm" variant="default" loading={moderate.isPending} onClick={() => act(() => moderate.mutate({ itemId: item.id, action: 'hide', reason }))}>
              {words.hide}
            </Button>
          ) : (
            <Button size="sm" variant="default" loading={moderate.isPending} onClick={() => act(() => moderate.mutate({ itemId: item.id, action: 'restore', reason }))}>
              {words.restore}
            </Button>
          )}
          <Button
            size="sm"
            variant="subtle"
            color="red"
            loading={standing.isPending}
            onClick={() => act(() => standing.mutate({ memberId: item.author.memberId, suspended: !item.author.suspended, reason }))}
          >
            {item.author.suspended ? words.reinstate : words.suspend}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
