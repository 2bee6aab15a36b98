import { and, eq } from 'drizzle-orm';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { contactAgreements } from './agreements.tables';

const c = contactAgreements;

const statusWords: Record<(typeof c.status.enumValues)[number], string> = {
  proposed: 'Waiting for signatures',
  in_force: 'In force',
  superseded: 'Since replaced by a later version',
  withdrawn: 'Withdrawn',
};

/** Each version of the contact agreement as it was proposed, with where it stands now. */
export const agreementsTimeline: TimelineSource = {
  kinds: ['agreement'],
  action: 'agreement.read',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({ at: timelineAt(c.proposedAt), key: timelineKey('agreement', c.id), version: c.version, status: c.status, by: personName(c.proposedBy) })
      .from(c)
      .where(and(eq(c.practiceId, practiceId), eq(c.clientId, clientId), olderThan(window, c.proposedAt, 'agreement', c.id)))
      .orderBy(newestFirst(c.proposedAt, 'agreement', c.id))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'agreement' as const,
      at: r.at,
      title: `Contact agreement version ${r.version}, proposed by ${r.by}`,
      detail: statusWords[r.status],
      link: `/clients/${clientId}/agreement`,
    }));
  },
};
