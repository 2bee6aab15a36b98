import { and, eq, sql } from 'drizzle-orm';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { safetyPlanVersions } from './safety-plans.tables';

const v = safetyPlanVersions;
/** Versions have no id of their own: the number, padded, so keys order as versions do. */
const versionId = sql`lpad(${v.version}::text, 10, '0')`;

/** Each version of the safety plan: who saved it, and how many sections changed. */
export const safetyPlanTimeline: TimelineSource = {
  kinds: ['safety_plan'],
  action: 'safetyPlan.history',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({
        at: timelineAt(v.createdAt),
        key: timelineKey('safety_plan', versionId),
        version: v.version,
        author: personName(v.authorId),
        changed: v.changedSections,
      })
      .from(v)
      .where(and(eq(v.practiceId, practiceId), eq(v.clientId, clientId), olderThan(window, v.createdAt, 'safety_plan', versionId)))
      .orderBy(newestFirst(v.createdAt, 'safety_plan', versionId))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'safety_plan' as const,
      at: r.at,
      title: `Safety plan version ${r.version}, saved by ${r.author}`,
      detail: r.changed.length === 0 ? 'Reviewed, no changes' : r.changed.length === 1 ? '1 section changed' : `${r.changed.length} sections changed`,
      link: `/clients/${clientId}/safety-plan`,
    }));
  },
};
