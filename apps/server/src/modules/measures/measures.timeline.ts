import { and, eq } from 'drizzle-orm';
import { INSTRUMENTS, severityOf } from '@steadfast/contracts';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { measureResults } from './measures.tables';

const m = measureResults;

/** Each questionnaire answered: its total and published band (CLINICAL.md §2.2, §2.3). */
export const measuresTimeline: TimelineSource = {
  kinds: ['measure'],
  action: 'measures.read',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({ at: timelineAt(m.completedAt), key: timelineKey('measure', m.id), instrument: m.instrument, total: m.total, inSession: m.inSession })
      .from(m)
      .where(and(eq(m.practiceId, practiceId), eq(m.clientId, clientId), olderThan(window, m.completedAt, 'measure', m.id)))
      .orderBy(newestFirst(m.completedAt, 'measure', m.id))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'measure' as const,
      at: r.at,
      title: `${INSTRUMENTS[r.instrument].name}${r.inSession ? ' (in session)' : ''}`,
      detail: `Total ${r.total} of ${INSTRUMENTS[r.instrument].maxTotal}: ${severityOf(r.instrument, r.total).label.toLowerCase()}`,
      link: `/clients/${clientId}/check-ins`,
    }));
  },
};
