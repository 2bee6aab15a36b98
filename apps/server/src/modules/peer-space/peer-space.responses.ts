import { and, eq, sql } from 'drizzle-orm';
import type { PeerReactionBody, PeerReactionsResponse, PeerReportBody, PeerSentToCareTeam } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { conflict, forbidden, notFound } from '../../http/errors';
import { audit } from '../audit';
import { sendInTransaction } from '../messaging';
import { publishEvents } from '../realtime';
import { canPost, canSeeItem, type PeerStanding } from './peer-space.policy';
import { heldAudience, spaceEvent } from './peer-space.posts';
import { findItem, reactionsOf, type ItemRow } from './peer-space.queries';
import { readableStanding } from './peer-space.service';
import { peerItems, peerReactions, peerReports } from './peer-space.tables';
import { reactionSummaries } from './peer-space.views';
import { careTeamMessage, peerErrors } from './peer-space.words';

/*
 * What members do with what others wrote: react ("I relate", "sending care"), report it to the
 * moderators; and what an author does with their own: send it to their care team.
 */

/** The published item a member in good standing may act on: the post, or one of its replies. */
async function actionableItem(ctx: Ctx, postId: string, replyId: string | undefined): Promise<{ s: PeerStanding; item: ItemRow }> {
  const s = await readableStanding(ctx);
  const item = await findItem(ctx.db, ctx.actor.practiceId, replyId ?? postId);
  const belongs = item && (replyId ? item.kind === 'reply' && item.postId === postId : item.kind === 'post');
  if (!item || !belongs || item.status !== 'published' || !canSeeItem(s, item)) throw notFound(replyId ? 'reply' : 'post');
  if (!s.member) throw forbidden(peerErrors.notMember);
  if (!canPost(s)) throw forbidden(peerErrors.suspended);
  return { s, item };
}

/**
 * Adds the member's reaction: one per member, item and kind (the primary key), so a double tap or
 * fifty requests at once count once. Answers whether it was new, and the item's counts now.
 */
export async function react(ctx: Ctx, postId: string, body: PeerReactionBody): Promise<{ created: boolean; view: PeerReactionsResponse }> {
  const { s, item } = await actionableItem(ctx, postId, body.replyId);
  const member = s.member!;
  const created = await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(peerReactions)
      .values({ practiceId: member.practiceId, itemId: item.id, memberId: member.id, kind: body.kind, createdAt: ctx.clock.now() })
      .onConflictDoNothing()
      .returning({ itemId: peerReactions.itemId });
    if (inserted.length === 0) return false;
    await audit(withDb(ctx, tx), { action: 'peer.react', clientId: member.clientId, subjectType: 'peer_item', subjectId: item.id });
    await publishEvents(tx, [spaceEvent(member.practiceId, postId)]);
    return true;
  });
  return { created, view: { reactions: reactionSummaries(item.id, await reactionsOf(ctx.db, member.practiceId, [item.id], member.id)) } };
}

/** Takes the member's reaction back (nothing to do when there was none). */
export async function unreact(ctx: Ctx, postId: string, body: PeerReactionBody): Promise<PeerReactionsResponse> {
  const { s, item } = await actionableItem(ctx, postId, body.replyId);
  const member = s.member!;
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(peerReactions)
      .where(
        and(
          eq(peerReactions.practiceId, member.practiceId),
          eq(peerReactions.itemId, item.id),
          eq(peerReactions.memberId, member.id),
          eq(peerReactions.kind, body.kind),
        ),
      )
      .returning({ itemId: peerReactions.itemId });
    if (removed.length === 0) return;
    await audit(withDb(ctx, tx), { action: 'peer.unreact', clientId: member.clientId, subjectType: 'peer_item', subjectId: item.id });
    await publishEvents(tx, [spaceEvent(member.practiceId, postId)]);
  });
  return { reactions: reactionSummaries(item.id, await reactionsOf(ctx.db, member.practiceId, [item.id], member.id)) };
}

/** A member's report of a post or reply: into the moderators' queue, told to them alone. */
export async function report(ctx: Ctx, itemId: string, body: PeerReportBody): Promise<void> {
  const s = await readableStanding(ctx);
  const item = await findItem(ctx.db, ctx.actor.practiceId, itemId);
  if (!item || item.status !== 'published' || !canSeeItem(s, item)) throw notFound('post');
  if (!s.member) throw forbidden(peerErrors.notMember);
  if (!canPost(s)) throw forbidden(peerErrors.suspended);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(peerReports)
      .values({ practiceId: item.practiceId, itemId, reporterId: s.member!.id, reason: body.reason, createdAt: ctx.clock.now() })
      .returning({ id: peerReports.id });
    await audit(withDb(ctx, tx), { action: 'peer.report', clientId: s.member!.clientId, subjectType: 'peer_report', subjectId: row!.id });
    await publishEvents(tx, await heldAudience(ctx, tx, null, itemId));
  });
}

/**
 * One tap: the author's post or reply becomes a message in their own conversation with their care
 * team, screened there like any message. Held words go as `soon` (urgent, not an emergency: the
 * crisis routes are on the page already); a published post as `share`. Sent once: a second tap
 * answers with the same message.
 */
export async function sendToCareTeam(ctx: Ctx, itemId: string): Promise<PeerSentToCareTeam> {
  const s = await readableStanding(ctx);
  const item = await findItem(ctx.db, ctx.actor.practiceId, itemId);
  if (!item || !canSeeItem(s, item)) throw notFound('post');
  if (!s.member || item.authorId !== s.member.id || !ctx.actor.clientId) throw forbidden(peerErrors.notYours);
  if (item.status === 'hidden') throw conflict(peerErrors.notYours);
  const intent = item.status === 'held' ? ('soon' as const) : ('share' as const);
  if (item.sharedMessageId) return { messageId: item.sharedMessageId, intent };
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    // Locked, so a double tap waits here and then finds the message the first one sent.
    await tx.execute(sql`select 1 from ${peerItems} where ${peerItems.practiceId} = ${item.practiceId} and ${peerItems.id} = ${item.id} for update`);
    const again = await findItem(tx, item.practiceId, item.id);
    if (again?.sharedMessageId) return { messageId: again.sharedMessageId, intent };
    const sent = await sendInTransaction(txCtx, {
      clientId: ctx.actor.clientId!,
      intent,
      body: careTeamMessage({ title: item.title, body: item.body, held: item.status === 'held' }),
      idempotencyKey: `peer-item-${item.id}`,
    });
    if (!sent) throw conflict(peerErrors.noCareTeam);
    await tx
      .update(peerItems)
      .set({ sharedMessageId: sent.message.id })
      .where(and(eq(peerItems.practiceId, item.practiceId), eq(peerItems.id, item.id)));
    await audit(txCtx, { action: 'peer.sendToCareTeam', clientId: ctx.actor.clientId, subjectType: 'peer_item', subjectId: item.id });
    return { messageId: sent.message.id, intent };
  });
}
