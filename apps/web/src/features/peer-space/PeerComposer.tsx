import { Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { PEER_BODY_MAX, PEER_TITLE_MAX } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useCreatePost, useCreateReply } from './peer-space.api';
import { peerWords } from './peer-space.words';
import { usePeerDraft } from './usePeerDraft';

const POST_FIELDS = ['title', 'body'] as const;
const REPLY_FIELDS = ['body'] as const;

/**
 * A new post. The draft lives on the device until the server took it: a 429 (posting too fast)
 * says when to try again and keeps every word. A held post opens the support offer instead.
 */
export function PeerComposer({ onHeld }: { onHeld: (itemId: string) => void }) {
  const { draft, set, clear } = usePeerDraft('post', POST_FIELDS);
  const create = useCreatePost();
  const [posted, setPosted] = useState(false);
  const submit = () =>
    create.mutate(
      { title: draft.title, body: draft.body },
      {
        onSuccess: (result) => {
          clear();
          if (result.status === 'held') onHeld(result.itemId);
          else setPosted(true);
        },
      },
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="peer-compose-heading">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setPosted(false);
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="peer-compose-heading">
            {peerWords.compose.heading}
          </Title>
          <TextInput label={peerWords.compose.title} value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} maxLength={PEER_TITLE_MAX} required />
          <Textarea
            label={peerWords.compose.body}
            value={draft.body}
            onChange={(e) => set('body', e.currentTarget.value)}
            maxLength={PEER_BODY_MAX}
            rows={4}
            required
          />
          <Text size="sm" c="dimmed">
            {peerWords.compose.kept}
          </Text>
          {create.error ? <ErrorNotice error={create.error} /> : null}
          {posted ? (
            <Text role="status" data-testid="peer-posted">
              {peerWords.compose.posted}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={create.isPending} disabled={!draft.title.trim() || !draft.body.trim()}>
              {peerWords.compose.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A reply to the post or to one reply, kept as a draft per place like a post. */
export function PeerReplyForm({
  postId,
  parentId,
  label,
  onHeld,
  onDone,
}: {
  postId: string;
  parentId?: string;
  label: string;
  onHeld: (itemId: string) => void;
  onDone?: () => void;
}) {
  const { draft, set, clear } = usePeerDraft(`reply:${postId}:${parentId ?? 'post'}`, REPLY_FIELDS);
  const create = useCreateReply(postId);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { body: draft.body, ...(parentId ? { parentId } : {}) },
          {
            onSuccess: (result) => {
              clear();
              if (result.status === 'held') onHeld(result.itemId);
              onDone?.();
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Textarea label={label} value={draft.body} onChange={(e) => set('body', e.currentTarget.value)} maxLength={PEER_BODY_MAX} rows={2} required />
        {create.error ? <ErrorNotice error={create.error} /> : null}
        <Group gap="xs">
          <Button type="submit" size="sm" loading={create.isPending} disabled={!draft.body.trim()}>
            {peerWords.reply.submit}
          </Button>
          {onDone ? (
            <Button size="sm" variant="default" onClick={onDone}>
              {peerWords.reply.cancel}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
