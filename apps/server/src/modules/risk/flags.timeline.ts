import { and, eq, sql } from 'drizzle-orm';
import type { RiskLevel, TimelineEntry } from '@steadfast/contracts';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { flagEvents, riskFlags } from './risk.tables';

const f = riskFlags;
const e = flagEvents;

const sourceWords: Record<'message' | 'checkin' | 'measure' | 'peer_post', string> = {
  message: 'a message',
  checkin: 'a check-in',
  measure: 'a questionnaire',
  peer_post: 'a peer-space post',
};
const levelWords: Record<Exclude<RiskLevel, 'none'>, string> = { concern: 'concern', high: 'high', imminent: 'imminent' };

/** Risk flags as they were raised, and each acknowledgement with who gave it: for the care team only, never the client. */
export const riskTimeline: TimelineSource = {
  kinds: ['flag', 'flag_acknowledged'],
  action: 'flags.read',
  async read(db, practiceId, clientId, window, kinds) {
    const [raised, acknowledged] = await Promise.all([
      kinds.has('flag') ? flagsRaised(db, practiceId, clientId, window, kinds) : [],
      kinds.has('flag_acknowledged') ? acknowledgements(db, practiceId, clientId, window, kinds) : [],
    ]);
    return [...raised, ...acknowledged];
  },
};

async function flagsRaised(...[db, practiceId, clientId, window]: Parameters<TimelineSource['read']>): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      id: f.id,
      at: timelineAt(f.createdAt),
      key: timelineKey('flag', f.id),
      level: f.level,
      sourceType: f.sourceType,
      acknowledgedAt: f.acknowledgedAt,
    })
    .from(f)
    .where(and(eq(f.practiceId, practiceId), eq(f.clientId, clientId), olderThan(window, f.createdAt, 'flag', f.id)))
    .orderBy(newestFirst(f.createdAt, 'flag', f.id))
    .limit(window.limit);
  return rows.map((r) => ({
    key: r.key,
    kind: 'flag' as const,
    at: r.at,
    title: `Risk flag raised: ${levelWords[r.level]}`,
    detail: `From ${sourceWords[r.sourceType]}${r.acknowledgedAt ? '' : ' · not yet acknowledged'}`,
    link: `/flags/${r.id}`,
  }));
}

async function acknowledgements(...[db, practiceId, clientId, window]: Parameters<TimelineSource['read']>): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      flagId: e.flagId,
      at: timelineAt(e.at),
      key: timelineKey('flag_acknowledged', e.id),
      level: f.level,
      by: sql<string | null>`${personName(e.actorId)}`,
    })
    .from(e)
    .innerJoin(f, and(eq(f.practiceId, e.practiceId), eq(f.id, e.flagId)))
    .where(and(eq(e.practiceId, practiceId), eq(f.clientId, clientId), eq(e.kind, 'acknowledged'), olderThan(window, e.at, 'flag_acknowledged', e.id)))
    .orderBy(newestFirst(e.at, 'flag_acknowledged', e.id))
    .limit(window.limit);
  return rows.map((r) => ({
    key: r.key,
    kind: 'flag_acknowledged' as const,
    at: r.at,
    title: `Risk flag acknowledged (${levelWords[r.level]})`,
    detail: r.by ? `By ${r.by}` : null,
    link: `/flags/${r.flagId}`,
  }));
}
