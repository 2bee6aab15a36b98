import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { RiskLevel } from '@steadfast/contracts';
import { WriteStatement } from '../../db/write-statement';
import type { Ctx } from '../../http/context';
import { addJobs, jobValues } from '../../jobs/jobs';
import { addAuditRows, auditRow } from '../audit';
import { escalationPolicyOf, escalationWindowMs, readEscalationPolicy } from '../on-call';
import { addEventRows, eventValues } from '../realtime';
import { stepJob } from './escalation.service';
import { combine, screen, type ScreenResult } from '@steadfast/screener';

/** Structured answers (urges, PHQ-9 item 9, care dropped) screened as the risk module does; other modules call it from here. */
export { screenStructured, type StructuredAnswers } from '@steadfast/screener';

export interface ScreenInput {
  clientId: string;
  sourceType: 'message' | 'checkin' | 'measure' | 'peer_post';
  sourceId: string;
  /** Free text the client wrote, screened for risk language. */
  text?: string;
  /** A result computed elsewhere (structured answers), combined with the text's. */
  structured?: ScreenResult;
  /** The client chose "I'm not safe": always a flag, whatever the words say. */
  crisisIntent?: boolean;
}

export interface ScreenOutcome {
  level: RiskLevel;
  reasons: ScreenResult['reasons'];
  screenerVersion: string;
  /** The client sees their safety plan and crisis lines at once (never a risk label). */
  showCrisisRoutes: boolean;
  flagId?: string;
}

const FLAG_LEVELS: ReadonlySet<RiskLevel> = new Set(['high', 'imminent']);
const CRISIS_INTENT_REASON = { phrase: '', construct: 'crisis_intent', span: [0, 0] as [number, number] };

/**
 * Screens what a client wrote and, at high or imminent (or on a `crisis` message), raises a flag
 * in the caller's transaction, with the first step of its escalation ladder: an accepted message
 * never exists without its flag, nor a flag without its ladder.
 */
export async function screenAndFlag(
  ctx: Ctx,
  input: ScreenInput,
  screened: Screened = screenOnly(input),
  /** The practice's policies when the caller has read them already (a send's context has): one round trip fewer on the crisis path. */
  practicePolicies?: Record<string, unknown>,
): Promise<ScreenOutcome> {
  const { result, raise, ...outcome } = screened;
  if (!raise) return outcome;
  // A `crisis` message whose words screen lower still enters the queue, at high: the client said they are not safe.
  const level = result.level === 'imminent' ? 'imminent' : 'high';
  const now = ctx.clock.now();
  const policy = practicePolicies ? readEscalationPolicy(practicePolicies) : await escalationPolicyOf(ctx.db, ctx.actor.practiceId);
  const window = escalationWindowMs(policy, level);
  const flag = {
    practiceId: ctx.actor.practiceId,
    id: randomUUID(),
    clientId: input.clientId,
    createdAt: now,
    dueBy: new Date(now.getTime() + window),
  };
  // One statement, so a crisis send pays one round trip for its flag rather than four: the flag,
  // its audit row, step 0 of its ladder (a job that wakes the runners on commit) and `flag.raised`
  // for the open views of the care team and the on-call clinician.
  const w = new WriteStatement();
  w.add(
    'flag',
    sql`insert into risk_flags (practice_id, id, client_id, source_type, source_id, level, reasons, screener_version, created_at, due_by)
        values (${flag.practiceId}, ${flag.id}, ${flag.clientId}, ${input.sourceType}, ${input.sourceId}, ${level},
          ${JSON.stringify(input.crisisIntent ? [CRISIS_INTENT_REASON, ...result.reasons] : result.reasons)}::jsonb,
          ${result.screenerVersion}, ${now.toISOString()}::timestamptz, ${flag.dueBy.toISOString()}::timestamptz)`,
  );
  addAuditRows(w, [auditRow(ctx, { action: 'flags.raise', clientId: input.clientId, subjectType: 'risk_flag', subjectId: flag.id })]);
  addJobs(w, [jobValues(stepJob(flag, 0))]);
  addEventRows(w, [eventValues({ practiceId: flag.practiceId, clientId: flag.clientId, type: 'flag.raised', subjectId: flag.id, at: now })]);
  await w.run(ctx.db);
  return { ...outcome, flagId: flag.id };
}

export type Screened = ScreenOutcome & { raise: boolean; result: ScreenResult };

/**
 * The screen alone, with no I/O: what screenAndFlag records, and whether it raises a flag. A caller
 * whose text raises none can write without a transaction (a send's common case, messaging.service).
 */
export function screenOnly(input: ScreenInput): Screened {
  const results = [input.text ? screen(input.text) : undefined, input.structured].filter((r): r is ScreenResult => r !== undefined);
  const result = results.length > 0 ? combine(results) : screen('');
  const raise = FLAG_LEVELS.has(result.level) || input.crisisIntent === true;
  return { level: result.level, reasons: result.reasons, screenerVersion: result.screenerVersion, showCrisisRoutes: raise, raise, result };
}
