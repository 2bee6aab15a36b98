import { Button, Group, Text } from '@mantine/core';
import type { PeerReactionSummary } from '@steadfast/contracts';
import { useReaction } from './peer-space.api';
import { peerWords } from './peer-space.words';

/** "I relate" and "Sending care", each a toggle with its count, and who reacted ("Related to by River"). */
export function PeerReactions({ postId, replyId, reactions, canReact }: { postId: string; replyId?: string; reactions: PeerReactionSummary[]; canReact: boolean }) {
  const react = useReaction(postId);
  const said = reactions.map((r) => peerWords.reactedBy(r.kind, r.count, r.by, r.mine)).filter(Boolean);
  return (
    <Group gap="xs" wrap="wrap">
      {reactions.map((r) => (
        <Button
          key={r.kind}
          size="compact-sm"
          variant={r.mine ? 'filled' : 'default'}
          aria-pressed={r.mine}
          disabled={!canReact}
          loading={react.isPending && react.variables?.kind === r.kind}
          onClick={() => react.mutate({ kind: r.kind, on: !r.mine, ...(replyId ? { replyId } : {}) })}
          data-testid={`peer-react-${r.kind}`}
        >
          {peerWords.reactions[r.kind]} · {r.count}
        </Button>
      ))}
      {said.length ? (
        <Text size="sm" c="dimmed" data-testid="peer-reacted-by">
          {said.join('. ')}
        </Text>
      ) : null}
    </Group>
  );
}
