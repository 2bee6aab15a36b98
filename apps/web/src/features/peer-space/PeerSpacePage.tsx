import { Button, Checkbox, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { HeldSupport } from './HeldSupport';
import { JoinPeerSpace } from './JoinPeerSpace';
import { PeerComposer } from './PeerComposer';
import { PeerPostCard } from './PeerPostCard';
import { usePeerPosts, usePeerSpace, usePeerUpdates, useShareParticipation } from './peer-space.api';
import { peerWords } from './peer-space.words';

/** The client's peer space (SPEC §2.11): join under a pseudonym, then the posts and a place to write. */
export default function PeerSpacePage() {
  const space = usePeerSpace();
  const [held, setHeld] = useState<string | null>(null);
  usePeerUpdates();
  if (space.isPending) return <LoadingPage title={peerWords.title} />;
  if (space.error) return <ErrorNotice error={space.error} onRetry={() => void space.refetch()} />;
  const view = space.data;
  if (held) return <HeldSupport itemId={held} onBack={() => setHeld(null)} />;
  if (!view.enabled) return <Page title={peerWords.title} intro={peerWords.notOpen} />;
  if (!view.membership) return <Page title={peerWords.title} intro={peerWords.intro}>{view.can.join ? <JoinPeerSpace space={view} /> : null}</Page>;
  return (
    <Page title={peerWords.title} intro={peerWords.intro}>
      <Membership pseudonym={view.membership.pseudonym} share={view.membership.shareWithCareTeam} />
      {view.membership.suspended ? <Text role="status">{peerWords.suspended}</Text> : null}
      {view.can.post ? <PeerComposer onHeld={setHeld} /> : null}
      <PostList />
    </Page>
  );
}

function Membership({ pseudonym, share }: { pseudonym: string; share: boolean }) {
  const update = useShareParticipation();
  return (
    <Stack gap="xs">
      <Text fw={600} data-testid="peer-me">
        {peerWords.me(pseudonym)}
      </Text>
      <Checkbox label={peerWords.shareToggle} checked={share} disabled={update.isPending} onChange={(e) => update.mutate(e.currentTarget.checked)} />
    </Stack>
  );
}

function PostList() {
  const [order, setOrder] = useState<'newest' | 'related'>('newest');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const posts = usePeerPosts(order, q, true);
  const all = posts.data?.pages.flatMap((p) => p.posts) ?? [];
  return (
    <Stack gap="md" component="section" aria-labelledby="peer-posts-heading">
      <Title order={2} id="peer-posts-heading">
        {peerWords.list.heading}
      </Title>
      <Group align="end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="peer-order-label">
            {peerWords.list.order}
          </Text>
          <SegmentedControl
            aria-labelledby="peer-order-label"
            value={order}
            onChange={(v) => setOrder(v as 'newest' | 'related')}
            data={[
              { value: 'newest', label: peerWords.list.newest },
              { value: 'related', label: peerWords.list.related },
            ]}
          />
        </Stack>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setQ(search.trim());
          }}
        >
          <Group align="end" gap="xs">
            <TextInput label={peerWords.list.search} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maxLength={100} />
            <Button type="submit" variant="default">
              {peerWords.list.searchButton}
            </Button>
          </Group>
        </form>
      </Group>
      {posts.error ? <ErrorNotice error={posts.error} onRetry={() => void posts.refetch()} /> : null}
      {posts.isPending ? null : all.length === 0 ? (
        <Text c="dimmed">{q ? peerWords.list.noMatch : peerWords.list.none}</Text>
      ) : (
        <Stack gap="sm" data-testid="peer-posts">
          {all.map((post) => (
            <PeerPostCard key={post.id} post={post} />
          ))}
        </Stack>
      )}
      {posts.hasNextPage ? (
        <div>
          <Button variant="default" loading={posts.isFetchingNextPage} onClick={() => void posts.fetchNextPage()}>
            {peerWords.list.more}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
