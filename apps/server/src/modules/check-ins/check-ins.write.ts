import { sql, type SQL } from 'drizzle-orm';
import { reusableQuery, type Db } from '../../db/database';
import { selectRows } from '../../db/rows';
import { WriteStatement } from '../../db/write-statement';
import type { Ctx } from '../../http/context';
import { addAuditRows } from '../audit';
import { addEventRows } from '../realtime';
import type { CheckinRow } from './check-ins.queries';

/** A day's check-in as written: every column but the ones the database fills in (times, the peak urge). */
export type CheckinValues = Omit<CheckinRow, 'createdAt' | 'updatedAt' | 'peakUrge'> & { at: Date };

const p = (name: string) => sql.placeholder(name);

/** The columns written, with the SQL type of each placeholder; the conflict update sets all but the keys and the first writing. */
const columns: [column: string, type: string][] = [
  ['practice_id', 'uuid'],
  ['id', 'uuid'],
  ['client_id', 'uuid'],
  ['date', 'date'],
  ['entered_on', 'date'],
  ['mood', 'smallint'],
  ['urges', 'jsonb'],
  ['acted_on', 'jsonb'],
  ['medication', 'text'],
  ['note', 'text'],
  ['emotions', 'jsonb'],
  ['skills', 'jsonb'],
  ['water', 'text'],
  ['meals', 'text'],
  ['sleep_hours', 'real'],
  ['client_key', 'text'],
  ['risk_level', 'text'],
  ['risk_reasons', 'jsonb'],
];
const kept = new Set(['practice_id', 'id', 'client_id', 'date', 'entered_on']);
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A check-in that raises no flag (the common case) as ONE prepared statement, atomic on its own:
 * the day's row (inserted, or updated when the day already has one), its audit row and its
 * real-time event. It used to take a transaction of eight round trips. `prior` is the day's row
 * as it was before the statement. A resend of the same entry (the device's key unchanged)
 * matches the day's row and writes nothing, audit and event included.
 */
const writeCheckinStatement = reusableQuery<{ rows: unknown }, Record<string, unknown>>(() => {
  const w = new WriteStatement();
  const prior = w.add(
    'prior',
    sql`select * from checkins where practice_id = ${p('practice_id')}::uuid and client_id = ${p('client_id')}::uuid and date = ${p('date')}::date`,
  );
  const values = sql.join(
    columns.map(([c, type]) => sql`${p(c)}::${sql.raw(type === 'jsonb' ? 'text' : type)}${sql.raw(type === 'jsonb' ? '::jsonb' : '')}`),
    sql`, `,
  );
  const names = sql.raw(columns.map(([c]) => c).join(', '));
  const updates = sql.raw([...columns.filter(([c]) => !kept.has(c)).map(([c]) => `${c} = excluded.${c}`), 'updated_at = excluded.updated_at'].join(', '));
  const saved = w.add(
    'checkin',
    sql`insert into checkins (${names}, created_at, updated_at) values (${values}, ${p('at')}::timestamptz, ${p('at')}::timestamptz)
        on conflict (practice_id, client_id, date) do update set ${updates}
          where excluded.client_key is null or checkins.client_key is distinct from excluded.client_key
        returning *`,
  );
  addAuditRows(
    w,
    selectRows(sql`${saved}`, {
      practiceId: sql`practice_id`,
      actorId: sql`${p('actor_id')}`,
      actorRole: sql`${p('actor_role')}`,
      action: sql`case when exists (select 1 from ${prior}) then 'checkins.update' else 'checkins.create' end`,
      clientId: sql`client_id`,
      subjectType: sql`'checkin'`,
      subjectId: sql`id::text`,
      requestId: sql`${p('request_id')}`,
      reason: sql`null`,
    }),
  );
  addEventRows(
    w,
    selectRows(sql`${saved}`, {
      practiceId: sql`practice_id`,
      type: sql`'checkin.saved'`,
      clientId: sql`client_id`,
      userId: sql`null`,
      subjectId: sql`id::text`,
      createdAt: sql`updated_at`,
      urgent: sql`false`,
    }),
  );
  return w.statement(sql`select (select to_json(s) from ${saved} s) as saved, (select to_json(q) from ${prior} q) as prior` as SQL);
});

/** Writes the day's check-in (no flag raised); returns the row written (undefined for a resend) and the day's row before. */
export async function writeCheckin(db: Db, ctx: Pick<Ctx, 'actor' | 'requestId'>, row: CheckinValues): Promise<{ saved?: CheckinRow; prior?: CheckinRow }> {
  const values: Record<string, unknown> = {
    at: row.at.toISOString(),
    actor_id: ctx.actor.userId || null,
    actor_role: ctx.actor.role,
    request_id: ctx.requestId,
  };
  for (const [column, type] of columns) {
    const value = row[camel(column) as keyof CheckinValues];
    values[column] = type === 'jsonb' ? JSON.stringify(value) : (value ?? null);
  }
  const [result] = await writeCheckinStatement(db, values);
  const [found] = WriteStatement.rowsOf<{ saved: Record<string, unknown> | null; prior: Record<string, unknown> | null }>(result);
  return { saved: found?.saved ? fromJson(found.saved) : undefined, prior: found?.prior ? fromJson(found.prior) : undefined };
}

/** A row as to_json gives it (column names, times as text) as drizzle would have read it. */
function fromJson(json: Record<string, unknown>): CheckinRow {
  const row = Object.fromEntries(Object.entries(json).map(([k, v]) => [camel(k), v])) as Record<string, unknown>;
  return { ...row, createdAt: new Date(row.createdAt as string), updatedAt: new Date(row.updatedAt as string) } as CheckinRow;
}
