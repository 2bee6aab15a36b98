import { and, eq } from 'drizzle-orm';
import type { MessageIntent } from '@steadfast/contracts';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { messages } from './messaging.tables';
import { intentWords } from './messaging.words';

const m = messages;

/** "Sam Taylor wrote (‘I need you to know this soon’)", "Dana Reyes replied". */
function titleOf(author: string, authorKind: 'client' | 'clinician', intent: MessageIntent | null): string {
  if (authorKind === 'clinician') return `${author} replied`;
  return intent ? `${author} wrote (‘${intentWords[intent].label}’)` : `${author} wrote`;
}

/** The conversation on the client's timeline: who wrote, with what intent, and how it begins. */
export const messagingTimeline: TimelineSource = {
  kinds: ['message'],
  action: 'messages.read',
  async read(db, practiceId, clientId, window) {
    const at = m.createdAt;
    const rows = await db
      .select({
        id: m.id,
        at: timelineAt(at),
        key: timelineKey('message', m.id),
        author: personName(m.authorId),
        authorKind: m.authorKind,
        intent: m.intent,
        body: m.body,
      })
      .from(m)
      .where(and(eq(m.practiceId, practiceId), eq(m.clientId, clientId), olderThan(window, at, 'message', m.id)))
      .orderBy(newestFirst(at, 'message', m.id))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'message' as const,
      at: r.at,
      title: titleOf(r.author, r.authorKind, r.intent),
      detail: excerpt(r.body),
      link: `/clients/${clientId}/messages`,
    }));
  },
};

/** The start of a message, on one line. */
function excerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
