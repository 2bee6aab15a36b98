import { and, eq, isNotNull } from 'drizzle-orm';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { caringContacts } from './caring-contacts.tables';

const c = caringContacts;

/** Caring contacts as they went (CLINICAL.md §3.5): from whom. Planned ones are not history yet. */
export const caringContactsTimeline: TimelineSource = {
  kinds: ['caring_contact'],
  action: 'messages.read',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({ at: timelineAt(c.sentAt), key: timelineKey('caring_contact', c.id), from: personName(c.clinicianId) })
      .from(c)
      .where(
        and(
          eq(c.practiceId, practiceId),
          eq(c.clientId, clientId),
          eq(c.status, 'sent'),
          isNotNull(c.sentAt),
          olderThan(window, c.sentAt, 'caring_contact', c.id),
        ),
      )
      .orderBy(newestFirst(c.sentAt, 'caring_contact', c.id))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'caring_contact' as const,
      at: r.at,
      title: `Caring note sent, from ${r.from}`,
      detail: null,
      link: `/clients/${clientId}/messages`,
    }));
  },
};
