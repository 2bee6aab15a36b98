import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PeerPostView, PeerReplyView } from '@steadfast/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { HeldSupport } from './HeldSupport';
import { PeerReplyForm } from './PeerComposer';
import { StatusBadge } from './PeerPostCard';
import { PeerReactions } from './PeerReactions';
import { PeerReport } from './PeerReport';
import { usePeerThread, usePeerUpdates, useSendToCareTeam } from './peer-space.api';
import { peerWords } from './peer-space.words';

/** A post with its replies threaded like the comments under a blog post, "N thoughts on …" above them. */
export default function PeerPostPage() {
  const { postId = '' } = useParams();
  const thread = usePeerThread(postId);
  const [held, setHeld] = useState<string | null>(null);
  usePeerUpdates();
  if (held) return <HeldSupport itemId={held} onBack={() => setHeld(null)} />;
  if (thread.isPending) return <LoadingPage title={peerWords.title} />;
  if (thread.error) return <ErrorNotice error={thread.error} onRetry={() => void thread.refetch()} />;
  const { post, replies } = thread.data;
  return (
    <Page title={post.title}>
      <Anchor component={Link} to="/peer">
        {peerWords.back}
      </Anchor>
      <Paper withBorder p="md" component="article" aria-label={post.title} data-testid="peer-post">
        <Stack gap="sm">
          <Byline item={post} />
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{post.body}</Text>
          {post.status === 'published' ? <PeerReactions postId={post.id} reactions={post.reactions} canReact={post.can.react} /> : null}
          <Group gap="xs">
            {post.can.report ? <PeerReport itemId={post.id} /> : null}
            {post.can.sendToCareTeam ? <SendToTeam itemId={post.id} /> : null}
          </Group>
        </Stack>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="peer-thoughts-heading">
        <Title order={2} id="peer-thoughts-heading" data-testid="peer-thoughts-heading">
          {peerWords.thoughts(post.thoughts, post.title)}
        </Title>
        {replies.length ? (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="peer-replies">
            {replies.map((reply) => (
              <ReplyItem key={reply.id} reply={reply} onHeld={setHeld} />
            ))}
          </Stack>
        ) : null}
        {post.can.reply ? <PeerReplyForm postId={post.id} label={peerWords.reply.label} onHeld={setHeld} /> : null}
      </Stack>
    </Page>
  );
}

function Byline({ item }: { item: PeerPostView | PeerReplyView }) {
  return (
    <Group gap="xs">
      <Text size="sm" fw={600}>
        {peerWords.by(item.author.pseudonym, item.author.isYou)}
      </Text>
      <Text size="sm" c="dimmed">
        {formatDateTime(item.createdAt)}
      </Text>
      <StatusBadge status={item.status} />
    </Group>
  );
}

function ReplyItem({ reply, onHeld }: { reply: PeerReplyView; onHeld: (id: string) => void }) {
  const [replying, setReplying] = useState(false);
  return (
    <Box component="li" ml={{ base: (reply.depth - 1) * 12, sm: (reply.depth - 1) * 32 }} data-testid="peer-reply" data-depth={reply.depth}>
      <Paper withBorder p="sm" style={{ borderLeftWidth: 3 }}>
        <Stack gap="xs">
          <Byline item={reply} />
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{reply.body}</Text>
          {reply.status === 'published' ? <PeerReactions postId={reply.postId} replyId={reply.id} reactions={reply.reactions} canReact={reply.can.react} /> : null}
          <Group gap="xs">
            {reply.can.reply && !replying ? (
              <Button size="compact-sm" variant="subtle" onClick={() => setReplying(true)} aria-label={peerWords.reply.replyTo(reply.author.pseudonym)}>
                {peerWords.reply.open}
              </Button>
            ) : null}
            {reply.can.report ? <PeerReport itemId={reply.id} /> : null}
            {reply.can.sendToCareTeam ? <SendToTeam itemId={reply.id} /> : null}
          </Group>
          {replying ? (
            <PeerReplyForm
              postId={reply.postId}
              parentId={reply.id}
              label={peerWords.reply.replyTo(reply.author.pseudonym)}
              onHeld={onHeld}
              onDone={() => setReplying(false)}
            />
          ) : null}
        </Stack>
      </Paper>
    </Box>
  );
}

/** The author's own words, carried into their conversation with their care team (once). */
function SendToTeam({ itemId }: { itemId: string }) {
  const send = useSendToCareTeam();
  if (send.isSuccess) return <Text size="sm">{peerWords.sharedWithTeam}</Text>;
  return (
    <>
      <Button size="compact-sm" variant="subtle" loading={send.isPending} onClick={() => send.mutate(itemId)}>
        {peerWords.shareWithTeam}
      </Button>
      {send.error ? <ErrorNotice error={send.error} /> : null}
    </>
  );
}
