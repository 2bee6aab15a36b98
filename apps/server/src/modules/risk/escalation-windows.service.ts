import { and, count, eq, isNull } from 'drizzle-orm';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy, type EscalationWindowsBody, type EscalationWindowsView } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { withDb, type Ctx } from '../../http/context';
import { audit } from '../audit';
import { escalationPolicyOf, readEscalationPolicy } from '../on-call';
import { replacePracticePolicy } from '../practices';
import { riskFlags } from './risk.tables';

/** The practice's escalation windows as the admin edits them, with how many ladders run on older ones. */
export async function getEscalationWindows(ctx: Ctx): Promise<EscalationWindowsView> {
  return ctx.db.transaction(async (tx) => viewOf(tx, ctx.actor.practiceId, await escalationPolicyOf(tx, ctx.actor.practiceId)));
}

/**
 * Saves new windows for flags raised from now on. Flags already raised keep their schedule: each
 * ladder's steps were fixed at raise (risk_flags.due_by) and are queued as durable jobs, and moving
 * them under a running alert could fire several steps at once or hold back one already promised.
 */
export async function replaceEscalationWindows(ctx: Ctx, windows: EscalationWindowsBody): Promise<EscalationWindowsView> {
  return ctx.db.transaction(async (tx) => {
    const { practiceId } = ctx.actor;
    const stored = await replacePracticePolicy(tx, practiceId, 'escalation', windows);
    const before = readEscalationPolicy({ escalation: stored });
    await audit(withDb(ctx, tx), {
      action: 'escalationWindows.replace',
      subjectType: 'practice',
      subjectId: practiceId,
      reason: describeChange(before, windows),
    });
    ctx.log.info({ practiceId, ...windows }, 'escalation windows changed');
    return viewOf(tx, practiceId, windows);
  });
}

async function viewOf(db: Db, practiceId: string, windows: EscalationPolicy): Promise<EscalationWindowsView> {
  const [open] = await db
    .select({ n: count() })
    .from(riskFlags)
    .where(and(eq(riskFlags.practiceId, practiceId), isNull(riskFlags.acknowledgedAt)));
  return {
    windows: { imminentMinutes: windows.imminentMinutes, highMinutes: windows.highMinutes },
    defaults: DEFAULT_ESCALATION_POLICY,
    runningLadders: Number(open?.n ?? 0),
  };
}

/** "imminent 5→10 min, high 30→30 min": minutes only, never clinical content. */
function describeChange(before: EscalationPolicy, after: EscalationPolicy): string {
  return `imminent ${before.imminentMinutes}→${after.imminentMinutes} min, high ${before.highMinutes}→${after.highMinutes} min`;
}
