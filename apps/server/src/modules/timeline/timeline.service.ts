import { timelineKinds, type TimelineEntry, type TimelineKind, type TimelinePage, type TimelineQuery } from '@steadfast/contracts';
import { authorizeClient } from '../../access/authorize';
import { allows, clientRules } from '../../access/rules';
import { compareTimeline, type TimelineSource, type TimelineWindow } from '../../access/timeline-source';
import type { Ctx } from '../../http/context';
import { invalid } from '../../http/errors';
import { agreementsTimeline } from '../agreements';
import { audit } from '../audit';
import { careTeamTimeline } from '../care-teams';
import { caringContactsTimeline } from '../caring-contacts';
import { checkinsTimeline } from '../check-ins';
import { clinicalNotesTimeline } from '../clinical-notes';
import { careTransitionsTimeline } from '../care-transitions';
import { measuresTimeline } from '../measures';
import { messagingTimeline } from '../messaging';
import { okayPlanTimeline } from '../okay-plan';
import { riskTimeline } from '../risk';
import { safetyPlanTimeline } from '../safety-plans';
import { schedulingTimeline } from '../scheduling';

/**
 * Every module's timeline entries (issue 17), read side by side. A new capability adds its
 * entries here with one line: its module's `TimelineSource`, and its kinds in the contract's
 * `timelineKinds`.
 */
export const timelineSources: readonly TimelineSource[] = [
  messagingTimeline,
  checkinsTimeline,
  measuresTimeline,
  riskTimeline,
  schedulingTimeline,
  safetyPlanTimeline,
  okayPlanTimeline,
  agreementsTimeline,
  caringContactsTimeline,
  clinicalNotesTimeline,
  careTeamTimeline,
  careTransitionsTimeline,
];

/**
 * One page of a client's history, newest first, of the kinds asked for that the caller may see.
 * Pages are keyed by the last entry's exact time and key, not by an offset, so entries written
 * while someone pages (a new message, a check-in) never push an entry onto a second page or
 * hide one: they are newer than every page already read.
 */
export async function clientTimeline(ctx: Ctx, clientId: string, query: TimelineQuery): Promise<TimelinePage> {
  const access = await authorizeClient(ctx, 'timeline.read', clientId);
  const visible = timelineSources.filter((source) => allows(clientRules[source.action], access.relationships, access.scopes));
  const visibleKinds = timelineKinds.filter((kind) => visible.some((source) => source.kinds.includes(kind)));
  const asked = new Set<TimelineKind>(query.kinds ? (query.kinds.split(',') as TimelineKind[]) : visibleKinds);
  const kinds = new Set(visibleKinds.filter((kind) => asked.has(kind)));
  // One more than the page from each source says whether anything older remains.
  const window: TimelineWindow = { before: query.before ? placeOf(query.before) : null, limit: query.limit + 1, now: ctx.clock.now() };
  const read = visible.filter((source) => source.kinds.some((kind) => kinds.has(kind)));
  const found = (await Promise.all(read.map((source) => source.read(ctx.db, ctx.actor.practiceId, clientId, window, kinds)))).flat();
  const entries = found.sort(compareTimeline).slice(0, query.limit + 1);
  const page = entries.slice(0, query.limit);
  await audit(ctx, { action: 'timeline.read', clientId, subjectType: 'client', subjectId: clientId });
  return { entries: page, nextCursor: entries.length > query.limit ? cursorOf(page[page.length - 1]!) : null, kinds: visibleKinds };
}

const PLACE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)\|([a-z_]+:[0-9a-f-]{1,36})$/;

/** The cursor for the page after this entry: its exact time and key, opaque to callers. */
export function cursorOf(entry: TimelineEntry): string {
  return Buffer.from(`${entry.at}|${entry.key}`, 'utf8').toString('base64url');
}

function placeOf(cursor: string): { at: string; key: string } {
  const match = PLACE.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalid('That is not a place in this timeline. Start from the newest page again.');
  return { at: match[1]!, key: match[2]! };
}
