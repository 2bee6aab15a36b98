import { and, eq, isNull } from 'drizzle-orm';
import type { PeerMemberStandingBody, PeerModerateBody, PeerModerationQueue, PeerQueueItem } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { conflict, forbidden, notFound } from '../../http/errors';
import { audit } from '../audit';
import { publishEvents } from '../realtime';
import { canModerate, type PeerStanding } from './peer-space.policy';
import { heldAudience, spaceEvent } from './peer-space.posts';
import { findItem, findMember, queueRows } from './peer-space.queries';
import { personal, readableStanding, toMembershipView } from './peer-space.service';
import { peerItems, peerMembers, peerModerationActions, peerReports } from './peer-space.tables';
import { peerErrors } from './peer-space.words';

/*
 * The named moderators' work (SPEC §2.11): release what the screen held, hide and restore, suspend
 * and reinstate a member. Each step has a reason, a row in the moderation history and an audit row,
 * in one transaction with its event.
 */

async function moderatorStanding(ctx: Ctx): Promise<PeerStanding> {
  const s = await readableStanding(ctx);
  if (!canModerate(s)) throw forbidden(peerErrors.notModerator);
  return s;
}

/** What waits for the moderators: held items, reported items, and what is hidden (to restore). */
export async function moderationQueue(ctx: Ctx): Promise<PeerModerationQueue> {
  await moderatorStanding(ctx);
  const { rows, reports } = await queueRows(ctx.db, ctx.actor.practiceId);
  const view = (r: (typeof rows)[number]): PeerQueueItem => ({
    id: r.item.id,
    kind: r.item.kind,
    postId: r.item.postId ?? r.item.id,
    postTitle: r.postTitle ?? '',
    title: r.item.title,
    body: r.item.body,
    status: r.item.status,
    author: { memberId: r.item.authorId, pseudonym: r.pseudonym, suspended: Boolean(r.suspendedAt) },
    createdAt: r.item.createdAt.toISOString(),
    screenReasons: r.item.status === 'held' ? r.item.screenReasons : [],
    reports: reports.filter((p) => p.itemId === r.item.id).map((p) => ({ reason: p.reason, at: p.at.toISOString() })),
    sentToCareTeam: r.item.sharedMessageId !== null,
  });
  await audit(ctx, { action: 'peer.queue.read', subjectType: 'practice', subjectId: ctx.actor.practiceId });
  return {
    held: rows.filter((r) => r.item.status === 'held').map(view),
    reported: rows.filter((r) => r.item.status === 'published' && r.reported).map(view),
    hidden: rows.filter((r) => r.item.status === 'hidden').map(view),
  };
}

const transitions = {
  release: { from: ['held'], to: 'published' },
  hide: { from: ['held', 'published'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'published' },
} as const;

/** Release, hide or restore one item, with a reason; its open reports are resolved by the decision. */
export async function moderateItem(ctx: Ctx, itemId: string, body: PeerModerateBody): Promise<PeerQueueItem['status']> {
  await moderatorStanding(ctx);
  const item = await findItem(ctx.db, ctx.actor.practiceId, itemId);
  if (!item) throw notFound('post');
  const step = transitions[body.action];
  if (!(step.from as readonly string[]).includes(item.status)) throw conflict('That item has already been dealt with.', { status: item.status });
  const now = ctx.clock.now();
  const author = await findMember(ctx.db, ctx.actor.practiceId, eq(peerMembers.id, item.authorId));
  await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const changed = await tx
      .update(peerItems)
      .set({ status: step.to, ...(step.to === 'published' && !item.publishedAt ? { publishedAt: now } : {}) })
      .where(and(eq(peerItems.practiceId, item.practiceId), eq(peerItems.id, item.id), eq(peerItems.status, item.status)))
      .returning({ id: peerItems.id });
    if (changed.length === 0) throw conflict('That item has already been dealt with.');
    await tx
      .update(peerReports)
      .set({ resolvedAt: now })
      .where(and(eq(peerReports.practiceId, item.practiceId), eq(peerReports.itemId, item.id), isNull(peerReports.resolvedAt)));
    await tx
      .insert(peerModerationActions)
      .values({ practiceId: item.practiceId, action: body.action, itemId: item.id, reason: body.reason, moderatorId: ctx.actor.userId, createdAt: now });
    await audit(txCtx, { action: `peer.${body.action}`, clientId: author?.clientId, subjectType: 'peer_item', subjectId: item.id, reason: body.reason });
    // Something never published (held, then hidden) is told only to its author and the moderators.
    const everPublic = item.publishedAt !== null || step.to === 'published';
    await publishEvents(tx, [
      ...(everPublic ? [spaceEvent(item.practiceId, item.postId ?? item.id)] : []),
      ...(await heldAudience(ctx, tx, author?.userId ?? null, item.id)),
    ]);
  });
  return step.to;
}

/** Suspends a member (they may read, not write) or reinstates them, with a reason. */
export async function setMemberStanding(ctx: Ctx, memberId: string, body: PeerMemberStandingBody) {
  await moderatorStanding(ctx);
  const member = await findMember(ctx.db, ctx.actor.practiceId, eq(peerMembers.id, memberId));
  if (!member) throw notFound('member');
  if (Boolean(member.suspendedAt) === body.suspended) return toMembershipView(member);
  const now = ctx.clock.now();
  const action = body.suspended ? 'suspend' : 'reinstate';
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(peerMembers)
      .set({ suspendedAt: body.suspended ? now : null })
      .where(and(eq(peerMembers.practiceId, member.practiceId), eq(peerMembers.id, member.id)))
      .returning();
    await tx
      .insert(peerModerationActions)
      .values({ practiceId: member.practiceId, action, memberId: member.id, reason: body.reason, moderatorId: ctx.actor.userId, createdAt: now });
    await audit(withDb(ctx, tx), {
      action: `peer.${action}`,
      clientId: member.clientId,
      subjectType: 'peer_member',
      subjectId: member.id,
      reason: body.reason,
    });
    await publishEvents(tx, [personal(member.practiceId, member.userId, member.id)]);
    return toMembershipView(row!);
  });
}
