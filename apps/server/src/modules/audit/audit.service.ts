import type { Ctx } from '../../http/context';
import { auditEvents } from './audit.tables';

export interface AuditEntry {
  action: string;
  clientId?: string | null;
  subjectType?: string;
  subjectId?: string;
  reason?: string;
}

/**
 * Records who did what to which client, in the caller's transaction (STYLE.md): if the change
 * rolls back, so does its audit row, and a change never commits without one. Ids only, never content.
 */
export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditEvents).values({
    practiceId: ctx.actor.practiceId,
    actorId: ctx.actor.userId || null,
    actorRole: ctx.actor.role,
    action: entry.action,
    clientId: entry.clientId ?? null,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    requestId: ctx.requestId,
    reason: entry.reason ?? null,
  });
}
