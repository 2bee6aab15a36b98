import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { useTestApp } from '../../testing/test-app';
import { auditEvents } from './audit.tables';

const t = useTestApp();

describe('the audit trail', () => {
  it('records a clinical read with who, what and which client — never content', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}`, cookie: await t.signIn('patel') });
    expect(res.statusCode).toBe(200);
    const rows = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'client.view'), eq(auditEvents.actorId, t.demo.people.patel)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ clientId: t.demo.clients.sam, actorRole: 'clinician', practiceId: t.demo.practiceId });
    expect(rows[0]!.requestId).toBe(res.headers['x-request-id']);
  });

  it('is append-only: the database refuses updates and deletes', async () => {
    const db = t.deps.database.db;
    await expect(db.execute(sql`update audit_events set action = 'changed'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
  });
});
