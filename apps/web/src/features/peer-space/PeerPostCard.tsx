import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PeerPostView } from '@steadfast/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/format-date';
import { PeerReactions } from './PeerReactions';
import { peerWords } from './peer-space.words';

/** One post in the list: title (a link to its thread), pseudonym, when, a glimpse, its thoughts and reactions. */
export function PeerPostCard({ post }: { post: PeerPostView }) {
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`peer-post-${post.id}`} data-testid="peer-post-card">
      <Stack gap="xs">
        <Title order={3} id={`peer-post-${post.id}`}>
          <Anchor component={Link} to={`/peer/posts/${encodeURIComponent(post.id)}`} aria-label={peerWords.list.open(post.title)}>
            {post.title}
          </Anchor>
        </Title>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {peerWords.by(post.author.pseudonym, post.author.isYou)}
          </Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(post.createdAt)}
          </Text>
          <StatusBadge status={post.status} />
        </Group>
        <Text lineClamp={3} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {post.body}
        </Text>
        <Text size="sm" data-testid="peer-thoughts">
          {peerWords.thoughts(post.thoughts, post.title)}
        </Text>
        {post.status === 'published' ? <PeerReactions postId={post.id} reactions={post.reactions} canReact={post.can.react} /> : null}
      </Stack>
    </Paper>
  );
}

/** Held or hidden, in words: only the author and the moderators ever see these. */
export function StatusBadge({ status }: { status: PeerPostView['status'] }) {
  if (status === 'published') return null;
  return (
    <Text size="sm" fs="italic" data-testid="peer-status">
      {status === 'held' ? peerWords.held : peerWords.hidden}
    </Text>
  );
}
