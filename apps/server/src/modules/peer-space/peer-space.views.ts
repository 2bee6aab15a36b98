import { peerReactionKinds, type PeerPostView, type PeerReactionSummary, type PeerReplyView } from '@steadfast/contracts';
import { canModerate, canPost, type PeerStanding } from './peer-space.policy';
import type { ItemRow, ReactionCount } from './peer-space.queries';

/** Both kinds of reaction for one item, zero when nobody reacted, so the page always shows the same two. */
export function reactionSummaries(itemId: string, counts: readonly ReactionCount[]): PeerReactionSummary[] {
  return peerReactionKinds.map((kind) => {
    const found = counts.find((c) => c.itemId === itemId && c.kind === kind);
    return { kind, count: found?.count ?? 0, mine: found?.mine ?? false, by: found?.by ?? [] };
  });
}

function canOf(s: PeerStanding, item: ItemRow) {
  const published = item.status === 'published';
  const own = Boolean(s.member) && item.authorId === s.member?.id;
  return {
    reply: published && canPost(s) && item.kind === 'post',
    react: published && canPost(s),
    report: published && canPost(s) && !own,
    // The author may carry what they wrote to their own care team (a held one is offered at once).
    sendToCareTeam: own && item.status !== 'hidden',
    moderate: canModerate(s),
  };
}

/** A post as the standing sees it: its pseudonym, never the client behind it. */
export function toPostView(s: PeerStanding, row: { item: ItemRow; pseudonym: string }, thoughts: number, counts: readonly ReactionCount[]): PeerPostView {
  const { item } = row;
  return {
    id: item.id,
    title: item.title ?? '',
    body: item.body,
    author: { pseudonym: row.pseudonym, isYou: item.authorId === s.member?.id },
    status: item.status,
    createdAt: (item.publishedAt ?? item.createdAt).toISOString(),
    thoughts,
    reactions: reactionSummaries(item.id, counts),
    can: canOf(s, item),
  };
}

export function toReplyView(s: PeerStanding, row: { item: ItemRow; pseudonym: string }, counts: readonly ReactionCount[]): PeerReplyView {
  const { item } = row;
  const can = canOf(s, item);
  return {
    id: item.id,
    postId: item.postId!,
    parentId: item.parentId,
    depth: item.depth,
    body: item.body,
    author: { pseudonym: row.pseudonym, isYou: item.authorId === s.member?.id },
    status: item.status,
    createdAt: (item.publishedAt ?? item.createdAt).toISOString(),
    reactions: reactionSummaries(item.id, counts),
    // Replies nest three deep; a reply to the deepest joins its level (peer-space.service), so every reply can be answered.
    can: { ...can, reply: item.status === 'published' && canPost(s) },
  };
}

/**
 * Blog-comment order: each reply followed by the replies to it, every level oldest first. A reply
 * whose parent the caller cannot see (held, hidden) is not shown, nor are the replies under it.
 */
export function threadOrder<T extends { id: string; parentId: string | null }>(replies: readonly T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const reply of replies) children.set(reply.parentId, [...(children.get(reply.parentId) ?? []), reply]);
  const ordered: T[] = [];
  const walk = (parentId: string | null) => {
    for (const reply of children.get(parentId) ?? []) {
      ordered.push(reply);
      walk(reply.id);
    }
  };
  walk(null);
  return ordered;
}
