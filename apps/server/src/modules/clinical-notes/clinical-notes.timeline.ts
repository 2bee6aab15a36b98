import { and, eq } from 'drizzle-orm';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { clinicalNotes } from './clinical-notes.tables';

const n = clinicalNotes;

/**
 * That a clinical note was written or amended, and by whom; never what it says. The note itself
 * opens on its own page, whose every read is audited there.
 */
export const clinicalNotesTimeline: TimelineSource = {
  kinds: ['clinical_note'],
  action: 'notes.read',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({ at: timelineAt(n.createdAt), key: timelineKey('clinical_note', n.id), version: n.version, author: personName(n.authorId) })
      .from(n)
      .where(and(eq(n.practiceId, practiceId), eq(n.clientId, clientId), olderThan(window, n.createdAt, 'clinical_note', n.id)))
      .orderBy(newestFirst(n.createdAt, 'clinical_note', n.id))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'clinical_note' as const,
      at: r.at,
      title: r.version === 1 ? `Clinical note written by ${r.author}` : `Clinical note amended by ${r.author}`,
      detail: null,
      link: `/clients/${clientId}/notes`,
    }));
  },
};
