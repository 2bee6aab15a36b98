import { randomUUID } from 'node:crypto';
import type { EscalationPolicy, RiskLevel } from '@steadfast/contracts';
import { WriteStatement } from '../../db/write-statement';
import type { Ctx } from '../../http/context';
import { addJobs, jobValues, type JobValues } from '../../jobs/jobs';
import { addAuditRows, auditRow, type AuditRow } from '../audit';
import { escalationPolicyOf, escalationWindowMs, readEscalationPolicy } from '../on-call';
import { addEventRows, eventValues, type EventValues } from '../realtime';
import { addFlagRows, type FlagValues } from './risk.write';
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
  if (!screened.raise) return withoutFlag(screened);
  const policy = practicePolicies ? readEscalationPolicy(practicePolicies) : await escalationPolicyOf(ctx.db, ctx.actor.practiceId);
  const { outcome, flag } = raising(ctx, input, screened, policy);
  // One statement, so a flag costs one round trip rather than four: the flag, its audit row,
  // step 0 of its ladder (a job that wakes the runners on commit) and `flag.raised` for the open
  // views of the care team and the on-call clinician.
  const w = new WriteStatement();
  addFlagRows(w, [flag.flag]);
  addAuditRows(w, [flag.audit]);
  addJobs(w, [flag.job]);
  addEventRows(w, [flag.event]);
  await w.run(ctx.db);
  return outcome;
}

/** A raised flag as values, with what is raised beside it: its audit row, step 0 of its ladder and `flag.raised`. */
export interface FlagWrite {
  flag: FlagValues;
  audit: AuditRow;
  job: JobValues;
  event: EventValues;
}

/**
 * The screen's outcome and, when it raises one, the flag to write, worked out with no I/O: for a
 * caller that writes the flag in the same statement as its source (a message, messaging.write.ts),
 * where the source's idempotency decides whether either is written. Each row is as screenAndFlag
 * writes it.
 */
export function flagToRaise(
  ctx: Ctx,
  input: ScreenInput,
  screened: Screened,
  practicePolicies: Record<string, unknown>,
): { outcome: ScreenOutcome; flag?: FlagWrite } {
  return screened.raise ? raising(ctx, input, screened, readEscalationPolicy(practicePolicies)) : { outcome: withoutFlag(screened) };
}

function raising(ctx: Ctx, input: ScreenInput, screened: Screened, policy: EscalationPolicy): { outcome: ScreenOutcome; flag: FlagWrite } {
  const { result } = screened;
  // A `crisis` message whose words screen lower still enters the queue, at high: the client said they are not safe.
  const level = result.level === 'imminent' ? 'imminent' : 'high';
  const now = ctx.clock.now();
  const window = escalationWindowMs(policy, level);
  const flag: FlagValues = {
    practiceId: ctx.actor.practiceId,
    id: randomUUID(),
    clientId: input.clientId,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    level,
    reasons: input.crisisIntent ? [CRISIS_INTENT_REASON, ...result.reasons] : result.reasons,
    screenerVersion: result.screenerVersion,
    createdAt: now,
    dueBy: new Date(now.getTime() + window),
  };
  return {
    outcome: { ...withoutFlag(screened), flagId: flag.id },
    flag: {
      flag,
      audit: auditRow(ctx, { action: 'flags.raise', clientId: input.clientId, subjectType: 'risk_flag', subjectId: flag.id }),
      job: jobValues(stepJob(flag, 0)),
      // Urgent: announced in the flag's own commit, for the on-call clinician's open triage view.
      event: eventValues({ practiceId: flag.practiceId, clientId: flag.clientId, type: 'flag.raised', subjectId: flag.id, at: now, urgent: true }),
    },
  };
}

function withoutFlag(screened: Screened): ScreenOutcome {
  const { result: _result, raise: _raise, ...outcome } = screened;
  return outcome;
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
