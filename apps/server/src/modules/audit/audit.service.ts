import { sql } from 'drizzle-orm';
import { rowsSql, type Rows, type RowType } from '../../db/rows';
import { WriteStatement } from '../../db/write-statement';
import type { Ctx } from '../../http/context';

export interface AuditEntry {
  action: string;
  clientId?: string | null;
  subjectType?: string;
  subjectId?: string;
  reason?: string;
}

/** An audit row as its writer takes it: who did what to which client. Ids only, never content. */
export interface AuditRow {
  practiceId: string;
  actorId: string | null;
  actorRole: string;
  action: string;
  clientId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  requestId: string | null;
  reason: string | null;
}

export const auditRowType: RowType<AuditRow> = {
  practiceId: 'uuid',
  actorId: 'uuid',
  actorRole: 'text',
  action: 'text',
  clientId: 'uuid',
  subjectType: 'text',
  subjectId: 'text',
  requestId: 'text',
  reason: 'text',
};

/** The audit row of an entry made by the context's actor in its request. */
export function auditRow(ctx: Pick<Ctx, 'actor' | 'requestId'>, entry: AuditEntry): AuditRow {
  return {
    practiceId: ctx.actor.practiceId,
    actorId: ctx.actor.userId || null,
    actorRole: ctx.actor.role,
    action: entry.action,
    clientId: entry.clientId ?? null,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    requestId: ctx.requestId,
    reason: entry.reason ?? null,
  };
}

/**
 * Records who did what to which client, in the caller's transaction (STYLE.md): if the change
 * rolls back, so does its audit row, and a change never commits without one. Ids only, never content.
 */
export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  const w = new WriteStatement();
  addAuditRows(w, [auditRow(ctx, entry)]);
  await w.run(ctx.db);
}

/**
 * The one writer of audit rows, as part of a WriteStatement (one round trip with the changes they
 * record): rows known in Node, or selected set-based from the statement's other parts, so one
 * statement can record many changes (a group commit of sends).
 */
export function addAuditRows(w: WriteStatement, rows: Rows<AuditRow>): void {
  w.add(
    'audit',
    sql`insert into audit_events (practice_id, actor_id, actor_role, action, client_id, subject_type, subject_id, request_id, reason)
        select practice_id, actor_id, actor_role, action, client_id, subject_type, subject_id, request_id, reason from (${rowsSql(auditRowType, rows)}) a`,
  );
}
