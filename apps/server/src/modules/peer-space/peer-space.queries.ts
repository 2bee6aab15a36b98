import { and, asc, desc, eq, gte, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PeerReactionKind } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { canModerate, type PeerStanding } from './peer-space.policy';
import { peerItems, peerMembers, peerModerators, peerReactions, peerReports, peerSettings } from './peer-space.tables';

export type ItemRow = typeof peerItems.$inferSelect;

/** The caller's standing in their practice's space, in one round trip. */
export async function standingOf(db: Db, actor: Actor): Promise<PeerStanding> {
  const [row] = await db
    .select({
      enabled: sql<boolean>`coalesce((select ${peerSettings.enabled} from ${peerSettings} where ${peerSettings.practiceId} = ${actor.practiceId}), false)`,
      moderator: sql<boolean>`exists (select 1 from ${peerModerators} where ${peerModerators.practiceId} = ${actor.practiceId} and ${peerModerators.userId} = ${actor.userId})`,
    })
    .from(sql`(select 1) as one`);
  const member = actor.role === 'client' ? await findMember(db, actor.practiceId, eq(peerMembers.userId, actor.userId)) : undefined;
  return { actor, enabled: Boolean(row?.enabled), moderator: Boolean(row?.moderator), member };
}

export async function findMember(db: Db, practiceId: string, where: SQL) {
  const [row] = await db
    .select()
    .from(peerMembers)
    .where(and(eq(peerMembers.practiceId, practiceId), where));
  return row;
}

export async function moderatorIdsOf(db: Db, practiceId: string): Promise<string[]> {
  const rows = await db.select({ userId: peerModerators.userId }).from(peerModerators).where(eq(peerModerators.practiceId, practiceId));
  return rows.map((r) => r.userId);
}

export async function findItem(db: Db, practiceId: string, id: string): Promise<ItemRow | undefined> {
  const [row] = await db
    .select()
    .from(peerItems)
    .where(and(eq(peerItems.practiceId, practiceId), eq(peerItems.id, id)));
  return row;
}

/** Items the standing may see: published ones, one's own, and everything for a moderator. */
export function visibleItems(s: PeerStanding): SQL | undefined {
  if (canModerate(s)) return undefined;
  const published = eq(peerItems.status, 'published');
  return s.member ? or(published, eq(peerItems.authorId, s.member.id)) : published;
}

const sortAt = sql<Date>`coalesce(${peerItems.publishedAt}, ${peerItems.createdAt})`;
/**
 * "I relate" reactions to a post given by `asOf`: a list read page by page in this order counts
 * them as they stood on its first page, so a post that gains reactions meanwhile is neither skipped
 * nor shown twice.
 */
const relateCount = (asOf: string) =>
  sql<number>`(select count(*)::int from ${peerReactions} r where r.practice_id = ${peerItems.practiceId} and r.item_id = ${peerItems.id} and r.kind = 'relate' and r.created_at <= ${asOf}::timestamptz)`;

export interface PostCursor {
  related?: number;
  /** For the related order: when its first page was read (the reactions counted are those given by then). */
  asOf?: string;
  at: string;
  id: string;
}

/**
 * One page of posts, newest first or most related-to first, strictly after the cursor's place.
 * A search looks in published posts only, so nothing held turns up in it.
 */
export async function postsPage(
  db: Db,
  s: PeerStanding,
  q: { order: 'newest' | 'related'; cursor?: PostCursor; asOf: string; limit: number; search?: string },
) {
  const related = relateCount(q.asOf);
  const where: (SQL | undefined)[] = [eq(peerItems.practiceId, s.actor.practiceId), eq(peerItems.kind, 'post'), visibleItems(s)];
  if (q.search) {
    const pattern = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(eq(peerItems.status, 'published'), or(ilike(peerItems.title, pattern), ilike(peerItems.body, pattern)));
  }
  const c = q.cursor;
  if (c && q.order === 'newest') where.push(sql`(${sortAt}, ${peerItems.id}) < (${c.at}::timestamptz, ${c.id}::uuid)`);
  if (c && q.order === 'related') where.push(sql`(${related}, ${sortAt}, ${peerItems.id}) < (${c.related ?? 0}::int, ${c.at}::timestamptz, ${c.id}::uuid)`);
  const order = q.order === 'related' ? [desc(related), desc(sortAt), desc(peerItems.id)] : [desc(sortAt), desc(peerItems.id)];
  return db
    .select({
      item: peerItems,
      pseudonym: peerMembers.pseudonym,
      related,
      sortAt: sql<string>`to_char(${sortAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(peerItems)
    .innerJoin(peerMembers, and(eq(peerMembers.practiceId, peerItems.practiceId), eq(peerMembers.id, peerItems.authorId)))
    .where(and(...where))
    .orderBy(...order)
    .limit(q.limit + 1);
}

/** One post with its author's pseudonym. */
export async function postWithAuthor(db: Db, practiceId: string, id: string) {
  const [row] = await db
    .select({ item: peerItems, pseudonym: peerMembers.pseudonym })
    .from(peerItems)
    .innerJoin(peerMembers, and(eq(peerMembers.practiceId, peerItems.practiceId), eq(peerMembers.id, peerItems.authorId)))
    .where(and(eq(peerItems.practiceId, practiceId), eq(peerItems.id, id)));
  return row;
}

/** A post's replies the standing may see, oldest first (the thread order is made from parents in the view). */
export async function repliesOf(db: Db, s: PeerStanding, postId: string) {
  return db
    .select({ item: peerItems, pseudonym: peerMembers.pseudonym })
    .from(peerItems)
    .innerJoin(peerMembers, and(eq(peerMembers.practiceId, peerItems.practiceId), eq(peerMembers.id, peerItems.authorId)))
    .where(and(eq(peerItems.practiceId, s.actor.practiceId), eq(peerItems.postId, postId), visibleItems(s)))
    .orderBy(asc(peerItems.createdAt), asc(peerItems.id));
}

/** "N thoughts on …": published replies per post, whoever asks. */
export async function thoughtsOf(db: Db, practiceId: string, postIds: readonly string[]): Promise<Map<string, number>> {
  if (postIds.length === 0) return new Map();
  const rows = await db
    .select({ postId: peerItems.postId, n: sql<number>`count(*)::int` })
    .from(peerItems)
    .where(and(eq(peerItems.practiceId, practiceId), inArray(peerItems.postId, [...postIds]), eq(peerItems.status, 'published')))
    .groupBy(peerItems.postId);
  return new Map(rows.map((r) => [r.postId!, Number(r.n)]));
}

export interface ReactionCount {
  itemId: string;
  kind: PeerReactionKind;
  count: number;
  mine: boolean;
  by: string[];
}

/** Counts per item and kind, whether the member is among them, and the first three pseudonyms. */
export async function reactionsOf(db: Db, practiceId: string, itemIds: readonly string[], memberId: string | undefined): Promise<ReactionCount[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .select({
      itemId: peerReactions.itemId,
      kind: peerReactions.kind,
      count: sql<number>`count(*)::int`,
      mine: memberId ? sql<boolean>`bool_or(${peerReactions.memberId} = ${memberId})` : sql<boolean>`false`,
      by: sql<string[]>`(array_agg(${peerMembers.pseudonym} order by ${peerReactions.createdAt}, ${peerMembers.pseudonym}))[1:3]`,
    })
    .from(peerReactions)
    .innerJoin(peerMembers, and(eq(peerMembers.practiceId, peerReactions.practiceId), eq(peerMembers.id, peerReactions.memberId)))
    .where(and(eq(peerReactions.practiceId, practiceId), inArray(peerReactions.itemId, [...itemIds])))
    .groupBy(peerReactions.itemId, peerReactions.kind);
  return rows.map((r) => ({ ...r, count: Number(r.count), mine: Boolean(r.mine), by: r.by ?? [] }));
}

/** The member's posts (or replies) written since a moment, oldest first: the flood limit's window. */
export async function writtenSince(db: Db, practiceId: string, memberId: string, kind: 'post' | 'reply', since: Date): Promise<Date[]> {
  const rows = await db
    .select({ createdAt: peerItems.createdAt })
    .from(peerItems)
    .where(and(eq(peerItems.practiceId, practiceId), eq(peerItems.authorId, memberId), eq(peerItems.kind, kind), gte(peerItems.createdAt, since)))
    .orderBy(asc(peerItems.createdAt));
  return rows.map((r) => r.createdAt);
}

/** The moderators' queue: every held item, every item with an open report, and what is hidden. */
export async function queueRows(db: Db, practiceId: string) {
  const openReports = sql`exists (select 1 from ${peerReports} where ${peerReports.practiceId} = ${peerItems.practiceId} and ${peerReports.itemId} = ${peerItems.id} and ${peerReports.resolvedAt} is null)`;
  const post = sql<string>`coalesce(${peerItems.title}, (select p.title from peer_items p where p.practice_id = ${peerItems.practiceId} and p.id = ${peerItems.postId}))`;
  const rows = await db
    .select({
      item: peerItems,
      pseudonym: peerMembers.pseudonym,
      suspendedAt: peerMembers.suspendedAt,
      postTitle: post,
      reported: sql<boolean>`${openReports}`,
    })
    .from(peerItems)
    .innerJoin(peerMembers, and(eq(peerMembers.practiceId, peerItems.practiceId), eq(peerMembers.id, peerItems.authorId)))
    .where(and(eq(peerItems.practiceId, practiceId), or(sql`${peerItems.status} <> 'published'`, openReports)))
    .orderBy(asc(peerItems.createdAt))
    .limit(200);
  const ids = rows.map((r) => r.item.id);
  const reports = ids.length
    ? await db
        .select({ itemId: peerReports.itemId, reason: peerReports.reason, at: peerReports.createdAt })
        .from(peerReports)
        .where(and(eq(peerReports.practiceId, practiceId), inArray(peerReports.itemId, ids), isNull(peerReports.resolvedAt)))
        .orderBy(asc(peerReports.createdAt))
    : [];
  return { rows, reports };
}
