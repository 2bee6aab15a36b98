import type { RiskLevel } from '@steadfast/contracts';
import type { Ctx } from '../../http/context';
import { audit } from '../audit/audit.service';
import { screen, type ScreenResult } from './screener';
import { riskFlags } from './risk.tables';

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

/**
 * Screens what a client wrote and, at high or imminent (or on a `crisis` message), raises a flag
 * in the caller's transaction, so an accepted message never exists without its flag.
 */
export async function screenAndFlag(ctx: Ctx, input: ScreenInput): Promise<ScreenOutcome> {
  const result = combine(input.text ? screen(input.text) : undefined, input.structured);
  const raise = FLAG_LEVELS.has(result.level) || input.crisisIntent === true;
  const outcome: ScreenOutcome = { level: result.level, reasons: result.reasons, screenerVersion: result.screenerVersion, showCrisisRoutes: raise };
  if (!raise) return outcome;
  // A `crisis` message whose words screen lower still enters the queue, at high: the client said they are not safe.
  const level = result.level === 'imminent' ? 'imminent' : 'high';
  const [flag] = await ctx.db
    .insert(riskFlags)
    .values({
      practiceId: ctx.actor.practiceId,
      clientId: input.clientId,
      sourceType: input.sourceType,
      sourceId: input.sourceId,
      level,
      reasons: result.reasons.length > 0 ? result.reasons : [{ phrase: '', construct: 'crisis_intent', span: [0, 0] }],
      screenerVersion: result.screenerVersion,
      createdAt: ctx.clock.now(),
    })
    .returning({ id: riskFlags.id });
  await audit(ctx, { action: 'flags.raise', clientId: input.clientId, subjectType: 'risk_flag', subjectId: flag!.id });
  for (const hook of flagRaisedHooks) await hook(ctx, { flagId: flag!.id, clientId: input.clientId, level });
  return { ...outcome, flagId: flag!.id };
}

export type FlagRaisedHook = (ctx: Ctx, flag: { flagId: string; clientId: string; level: 'high' | 'imminent' }) => Promise<void>;

/** What happens when a flag is raised (escalation ladder, real-time fan-out) plugs in here, in the same transaction. */
export const flagRaisedHooks: FlagRaisedHook[] = [];

function combine(a: ScreenResult | undefined, b: ScreenResult | undefined): ScreenResult {
  if (!a) return b ?? screen('');
  if (!b) return a;
  const order: RiskLevel[] = ['none', 'concern', 'high', 'imminent'];
  const level = order[Math.max(order.indexOf(a.level), order.indexOf(b.level))]!;
  return { level, reasons: [...a.reasons, ...b.reasons], screenerVersion: a.screenerVersion };
}
