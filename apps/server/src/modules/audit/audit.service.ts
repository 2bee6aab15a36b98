import { sql, type SQL } from 'drizzle-orm';
import type { WriteStatement } from '../../db/write-statement';
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

/**
 * Audit rows as part of a WriteStatement (one round trip with the changes they record): one per
 * row of `rows`, which selects (practice_id, actor_id, actor_role, action, client_id, subject_type,
 * subject_id, request_id, reason), so one statement can record many changes (a group commit of sends).
 */
export function addAuditRows(w: WriteStatement, rows: SQL): void {
  w.add('audit', sql`insert into audit_events (practice_id, actor_id, actor_role, action, client_id, subject_type, subject_id, request_id, reason) ${rows}`);
}
