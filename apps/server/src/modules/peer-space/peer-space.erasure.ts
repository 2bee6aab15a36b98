import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { erasureCount, removeRows, type EraseClientRecords } from '../../access/erasure-source';
import { peerItems, peerMembers, peerReactions, peerReports } from './peer-space.tables';
import { erasedPeerWords } from './peer-space.words';

/**
 * The peer space is not the clinical record: what the client wrote there goes whatever the
 * retention rule. Their posts and replies stay as rows, hidden, with their words replaced, so
 * other members' replies beneath them keep their thread; their reactions and reports are removed;
 * their membership keeps only a pseudonym that says nothing. Running it twice changes nothing more.
 */
export const erasePeerSpace: EraseClientRecords = async (tx, input) => {
  const [member] = await tx
    .select({ id: peerMembers.id, pseudonym: peerMembers.pseudonym })
    .from(peerMembers)
    .where(and(eq(peerMembers.practiceId, input.practiceId), eq(peerMembers.clientId, input.clientId)));
  if (!member) return [erasureCount('peerSpace', {})];
  const former = erasedPeerWords.pseudonym(member.id);
  const renamed = await tx
    .update(peerMembers)
    .set({ pseudonym: former })
    .where(and(eq(peerMembers.practiceId, input.practiceId), eq(peerMembers.id, member.id), ne(peerMembers.pseudonym, former)))
    .returning({ id: peerMembers.id });
  const theirs = and(eq(peerItems.practiceId, input.practiceId), eq(peerItems.authorId, member.id))!;
  const emptied = await tx
    .update(peerItems)
    .set({
      body: erasedPeerWords.body,
      title: sql`case when ${peerItems.kind} = 'post' then ${erasedPeerWords.title} else null end`,
      status: 'hidden',
      screenReasons: [],
    })
    .where(and(theirs, or(ne(peerItems.body, erasedPeerWords.body), ne(peerItems.status, 'hidden'))))
    .returning({ id: peerItems.id });
  const reactions = await removeRows(tx, peerReactions, and(eq(peerReactions.practiceId, input.practiceId), eq(peerReactions.memberId, member.id))!);
  const reports = await removeRows(
    tx,
    peerReports,
    and(
      eq(peerReports.practiceId, input.practiceId),
      or(eq(peerReports.reporterId, member.id), inArray(peerReports.itemId, tx.select({ id: peerItems.id }).from(peerItems).where(theirs))),
    )!,
  );
  return [erasureCount('peerSpace', { pseudonymised: renamed.length + emptied.length, removed: reactions + reports })];
};
