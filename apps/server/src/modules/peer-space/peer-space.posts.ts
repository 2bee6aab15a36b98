import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  PEER_MAX_DEPTH,
  type CreatePeerPostBody,
  type CreatePeerReplyBody,
  type PeerHeldResponse,
  type PeerPostCreated,
  type PeerPostList,
  type PeerPostsQuery,
  type PeerReplyCreated,
  type PeerThread,
} from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { AppError, forbidden, notFound } from '../../http/errors';
import { audit } from '../audit';
import { publishEvents, type NewEvent } from '../realtime';
import { screenOnly } from '../risk';
import { canPost, canSeeItem, type PeerStanding } from './peer-space.policy';
import {
  findItem,
  moderatorIdsOf,
  postsPage,
  postWithAuthor,
  reactionsOf,
  repliesOf,
  thoughtsOf,
  writtenSince,
  type ItemRow,
  type PostCursor,
} from './peer-space.queries';
import { readableStanding } from './peer-space.service';
import { peerItems, peerMembers } from './peer-space.tables';
import { threadOrder, toPostView, toReplyView } from './peer-space.views';
import { peerErrors } from './peer-space.words';

/** Flood limits per member: enough for a conversation, not for a flood. */
export const FLOOD_LIMITS = {
  post: { count: 5, windowMs: 60 * 60_000 },
  reply: { count: 20, windowMs: 15 * 60_000 },
} as const;

/** A page of posts the caller may see, newest or most related-to first. */
export async function listPosts(ctx: Ctx, query: PeerPostsQuery): Promise<PeerPostList> {
  const s = await readableStanding(ctx);
  const { limit, order } = query;
  const cursor = decodeCursor(query.cursor);
  const asOf = cursor?.asOf ?? ctx.clock.now().toISOString();
  const rows = await postsPage(ctx.db, s, { order, limit, cursor, asOf, search: query.q || undefined });
  const page = rows.slice(0, limit);
  const ids = page.map((r) => r.item.id);
  const [thoughts, counts] = await Promise.all([thoughtsOf(ctx.db, ctx.actor.practiceId, ids), reactionsOf(ctx.db, ctx.actor.practiceId, ids, s.member?.id)]);
  const last = page.at(-1);
  return {
    posts: page.map((r) => toPostView(s, r, thoughts.get(r.item.id) ?? 0, counts)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ at: last.sortAt, id: last.item.id, ...(order === 'related' ? { related: Number(last.related), asOf } : {}) })
        : null,
  };
}

/** A post and its replies in thread order; a post the caller may not see is not found (404). */
export async function getThread(ctx: Ctx, postId: string): Promise<PeerThread> {
  const s = await readableStanding(ctx);
  const post = await postWithAuthor(ctx.db, ctx.actor.practiceId, postId);
  if (!post || post.item.kind !== 'post' || !canSeeItem(s, post.item)) throw notFound('post');
  const replies = threadOrder((await repliesOf(ctx.db, s, postId)).map((r) => ({ ...r, id: r.item.id, parentId: r.item.parentId })));
  const ids = [postId, ...replies.map((r) => r.id)];
  const [thoughts, counts] = await Promise.all([
    thoughtsOf(ctx.db, ctx.actor.practiceId, [postId]),
    reactionsOf(ctx.db, ctx.actor.practiceId, ids, s.member?.id),
  ]);
  return { post: toPostView(s, post, thoughts.get(postId) ?? 0, counts), replies: replies.map((r) => toReplyView(s, r, counts)) };
}

/** Writes a post: screened first; `concern` publishes, `high` or `imminent` is held for a moderator. */
export async function createPost(ctx: Ctx, body: CreatePeerPostBody): Promise<PeerPostCreated | PeerHeldResponse> {
  const s = await postingStanding(ctx);
  const item = await write(ctx, s, { kind: 'post', title: body.title, body: body.body, postId: null, parentId: null, depth: 0 });
  if (item.status === 'held') return { status: 'held', itemId: item.id, showCrisisRoutes: true };
  return { status: 'published', post: (await getThread(ctx, item.id)).post };
}

/** Replies to a post, or to a reply (three levels deep; a reply to the deepest joins its level). */
export async function createReply(ctx: Ctx, postId: string, body: CreatePeerReplyBody): Promise<PeerReplyCreated | PeerHeldResponse> {
  const s = await postingStanding(ctx);
  const post = await findItem(ctx.db, ctx.actor.practiceId, postId);
  if (!post || post.kind !== 'post' || post.status !== 'published') throw notFound('post');
  let parent: ItemRow | undefined;
  if (body.parentId) {
    parent = await findItem(ctx.db, ctx.actor.practiceId, body.parentId);
    if (!parent || parent.postId !== postId || parent.status !== 'published') throw notFound('reply');
  }
  // Like blog comments: nesting stops at the deepest level, where a reply sits beside the one it answers.
  const atDepth = parent && parent.depth >= PEER_MAX_DEPTH ? parent.parentId : (parent?.id ?? null);
  const depth = parent ? Math.min(parent.depth + 1, PEER_MAX_DEPTH) : 1;
  const item = await write(ctx, s, { kind: 'reply', title: null, body: body.body, postId, parentId: atDepth, depth });
  if (item.status === 'held') return { status: 'held', itemId: item.id, showCrisisRoutes: true };
  const thread = await getThread(ctx, postId);
  return { status: 'published', reply: thread.replies.find((r) => r.id === item.id)! };
}

async function postingStanding(ctx: Ctx): Promise<PeerStanding> {
  const s = await readableStanding(ctx);
  if (!s.member) throw forbidden(peerErrors.notMember);
  if (!canPost(s)) throw forbidden(peerErrors.suspended);
  return s;
}

type Draft = Pick<ItemRow, 'kind' | 'title' | 'body' | 'postId' | 'parentId' | 'depth'>;

/**
 * The write, in one transaction under the member's row lock (so two tabs cannot both slip under
 * the flood limit): the screen, the item, its audit row and its event. A published item is
 * announced to the space; a held one only to its author and each moderator, by name.
 */
async function write(ctx: Ctx, s: PeerStanding, draft: Draft): Promise<ItemRow> {
  const member = s.member!;
  const id = randomUUID();
  const text = draft.title ? `${draft.title}\n${draft.body}` : draft.body;
  const screened = screenOnly({ clientId: member.clientId, sourceType: 'peer_post', sourceId: id, text });
  // The peer space is not a way to reach the care team: no flag is raised from here (the care team sees
  // what a client writes only when the client sends it to them); a moderator reads what is held.
  const held = screened.level === 'high' || screened.level === 'imminent';
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${peerMembers} where ${peerMembers.practiceId} = ${member.practiceId} and ${peerMembers.id} = ${member.id} for update`);
    await assertUnderFloodLimit(withDb(ctx, tx), member.id, draft.kind, now);
    const [item] = await tx
      .insert(peerItems)
      .values({
        ...draft,
        practiceId: member.practiceId,
        id,
        authorId: member.id,
        status: held ? 'held' : 'published',
        screenLevel: screened.level,
        screenReasons: screened.reasons.map((r) => (r.phrase ? `${r.construct}: “${r.phrase}”` : r.construct)),
        createdAt: now,
        publishedAt: held ? null : now,
      })
      .returning();
    await audit(withDb(ctx, tx), {
      action: held ? `peer.${draft.kind}.held` : `peer.${draft.kind}`,
      clientId: member.clientId,
      subjectType: 'peer_item',
      subjectId: id,
    });
    await publishEvents(tx, held ? await heldAudience(ctx, tx, member.userId, id) : [spaceEvent(member.practiceId, draft.postId ?? id)]);
    return item!;
  });
}

async function assertUnderFloodLimit(ctx: Ctx, memberId: string, kind: 'post' | 'reply', now: Date): Promise<void> {
  const limit = FLOOD_LIMITS[kind];
  const recent = await writtenSince(ctx.db, ctx.actor.practiceId, memberId, kind, new Date(now.getTime() - limit.windowMs));
  if (recent.length < limit.count) return;
  const freeAt = recent[recent.length - limit.count]!.getTime() + limit.windowMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  throw new AppError('rate_limited', peerErrors.wait(retryAfterSeconds), { retryAfterSeconds });
}

/** A published change of the space: every member's and moderator's stream (no client named). */
export function spaceEvent(practiceId: string, postId: string): NewEvent {
  return { practiceId, type: 'peer.changed', subjectId: postId };
}

/** Something held: its author and each moderator, one event each, so nobody else's stream hears of it. */
export async function heldAudience(ctx: Ctx, db: Ctx['db'], authorUserId: string | null, itemId: string): Promise<NewEvent[]> {
  const moderators = await moderatorIdsOf(db, ctx.actor.practiceId);
  const people = new Set([...(authorUserId ? [authorUserId] : []), ...moderators]);
  return [...people].map((userId) => ({ practiceId: ctx.actor.practiceId, type: 'peer.held' as const, userId, subjectId: itemId }));
}

function encodeCursor(c: PostCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(value: string | undefined): PostCursor | undefined {
  if (!value) return undefined;
  try {
    const c = JSON.parse(Buffer.from(value, 'base64url').toString()) as PostCursor;
    if (typeof c.at !== 'string' || Number.isNaN(Date.parse(c.at)) || !/^[0-9a-f-]{36}$/i.test(c.id)) throw new Error('shape');
    if (c.related !== undefined && !Number.isInteger(c.related)) throw new Error('shape');
    if (c.asOf !== undefined && (typeof c.asOf !== 'string' || Number.isNaN(Date.parse(c.asOf)))) throw new Error('shape');
    return c;
  } catch {
    throw new AppError('validation_failed', 'That page link is not valid; start again from the first page.', { field: 'cursor' });
  }
}
