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
 * The same audit row as part of a WriteStatement (one round trip with the change it records);
 * written only when `gate` (a CTE) has a row, i.e. when the change itself was written.
 */
export function addAudit(w: WriteStatement, ctx: Ctx, entry: AuditEntry, gate?: SQL): void {
  const values = sql`${ctx.actor.practiceId}::uuid, ${ctx.actor.userId || null}::uuid, ${ctx.actor.role}::text, ${entry.action}::text, ${entry.clientId ?? null}::uuid,
    ${entry.subjectType ?? null}::text, ${entry.subjectId ?? null}::text, ${ctx.requestId}::text, ${entry.reason ?? null}::text`;
  w.add(
    'audit',
    sql`insert into audit_events (practice_id, actor_id, actor_role, action, client_id, subject_type, subject_id, request_id, reason)
        select ${values} ${gate ? sql`where exists (select 1 from ${gate})` : sql``}`,
  );
}
