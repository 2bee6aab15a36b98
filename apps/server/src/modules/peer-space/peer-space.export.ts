import { and, asc, eq } from 'drizzle-orm';
import type { ExportPeerSpace } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { peerItems, peerMembers } from './peer-space.tables';

/**
 * What a client wrote in the peer space, for their own record download (right of access): their
 * pseudonym and every post and reply of theirs, whatever became of it (published, held for a
 * moderator, hidden), oldest first. Null when they never joined. Never part of a clinician's
 * export: the space is theirs under a pseudonym, and the download is how they take it with them.
 */
export async function peerWritingOf(db: Db, practiceId: string, clientId: string): Promise<ExportPeerSpace | null> {
  const [member] = await db
    .select({ id: peerMembers.id, pseudonym: peerMembers.pseudonym, joinedAt: peerMembers.createdAt })
    .from(peerMembers)
    .where(and(eq(peerMembers.practiceId, practiceId), eq(peerMembers.clientId, clientId)));
  if (!member) return null;
  const items = await db
    .select({
      id: peerItems.id,
      kind: peerItems.kind,
      postId: peerItems.postId,
      title: peerItems.title,
      body: peerItems.body,
      status: peerItems.status,
      createdAt: peerItems.createdAt,
    })
    .from(peerItems)
    .where(and(eq(peerItems.practiceId, practiceId), eq(peerItems.authorId, member.id)))
    .orderBy(asc(peerItems.createdAt), asc(peerItems.id));
  return {
    pseudonym: member.pseudonym,
    joinedAt: member.joinedAt.toISOString(),
    writing: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      inReplyToPost: item.postId,
      title: item.title,
      body: item.body,
      status: item.status,
      writtenAt: item.createdAt.toISOString(),
    })),
  };
}
