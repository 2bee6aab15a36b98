import { and, eq, sql } from 'drizzle-orm';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { okayPlanVersions } from './okay-plan.tables';

const v = okayPlanVersions;
const versionId = sql`lpad(${v.version}::text, 10, '0')`;

/** Each version of the okay plan (SPEC §2.6): who saved it, and how many sections changed. */
export const okayPlanTimeline: TimelineSource = {
  kinds: ['okay_plan'],
  action: 'okayPlan.read',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({
        at: timelineAt(v.createdAt),
        key: timelineKey('okay_plan', versionId),
        version: v.version,
        author: personName(v.authorId),
        changed: v.changedSections,
      })
      .from(v)
      .where(and(eq(v.practiceId, practiceId), eq(v.clientId, clientId), olderThan(window, v.createdAt, 'okay_plan', versionId)))
      .orderBy(newestFirst(v.createdAt, 'okay_plan', versionId))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'okay_plan' as const,
      at: r.at,
      title: `Okay plan version ${r.version}, saved by ${r.author}`,
      detail: r.changed.length === 1 ? '1 section changed' : `${r.changed.length} sections changed`,
      link: `/clients/${clientId}/okay-plan`,
    }));
  },
};
