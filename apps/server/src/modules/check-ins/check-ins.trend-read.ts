import { sql } from 'drizzle-orm';
import type { Taken } from '@steadfast/contracts';
import { reusableQuery, type Db } from '../../db/database';
import { columnsOf, listedRows, listValues, selectRows } from '../../db/rows';
import { WriteStatement } from '../../db/write-statement';
import { addAuditRows, auditRowType, type AuditRow } from '../audit';
import type { CheckinConfigRow } from './check-ins.queries';

/** A day's answers as a trend reads them (the fields the chart, the table and the CSV show). */
export interface TrendRow {
  date: string;
  mood: number;
  urges: Record<string, number>;
  actedOn: string[];
  medication: Taken | null;
  water: Taken | null;
  meals: Taken | null;
  sleepHours: number | null;
  note: string | null;
}

type ConfigFields = Omit<CheckinConfigRow, 'practiceId' | 'clientId' | 'updatedAt' | 'updatedBy'>;
/** The configuration as JSON carries it: its time as text. */
type StoredConfig = ConfigFields & { updatedAt: string };

/**
 * A trend's reads and its audit row as ONE prepared statement (issue 13's bench: a trend used to
 * be four round trips in sequence): the client's configuration and their check-ins from `from`
 * to `to`, with the audit row written as a data-modifying CTE of the same statement. Built once
 * from placeholders, so PostgreSQL parses and plans it once per connection.
 */
const trendReadStatement = reusableQuery<{ rows: unknown }, Record<string, unknown>>(() => {
  const w = new WriteStatement();
  addAuditRows(w, selectRows(sql`(${listedRows(auditRowType, 'audit')}) as audit_in`, columnsOf(auditRowType, 'audit_in')));
  const practice = sql`${sql.placeholder('practiceId')}::uuid`;
  const client = sql`${sql.placeholder('clientId')}::uuid`;
  return w.statement(sql`
    select
      (select json_build_object('items', c.items, 'urges', c.urges, 'emotions', c.emotions, 'skills', c.skills,
                                'selfNeglect', c.self_neglect, 'backdateDays', c.backdate_days, 'updatedAt', c.updated_at)
       from checkin_configs c where c.practice_id = ${practice} and c.client_id = ${client}) as config,
      coalesce((select json_agg(json_build_object('date', k.date::text, 'mood', k.mood, 'urges', k.urges, 'actedOn', k.acted_on,
                                                  'medication', k.medication, 'water', k.water, 'meals', k.meals,
                                                  'sleepHours', k.sleep_hours, 'note', k.note) order by k.date)
                from checkins k
                where k.practice_id = ${practice} and k.client_id = ${client}
                  and k.date between ${sql.placeholder('from')}::date and ${sql.placeholder('to')}::date), '[]'::json) as days`);
});

/** The configuration (undefined: the defaults) and the check-ins from `from` to `to`, oldest first; the audit row is written with them. */
export async function readForTrend(
  db: Db,
  practiceId: string,
  clientId: string,
  from: string,
  to: string,
  auditEntry: AuditRow,
): Promise<{ config: (ConfigFields & { updatedAt: Date }) | undefined; days: TrendRow[] }> {
  const [result] = await trendReadStatement(db, { practiceId, clientId, from, to, ...listValues(auditRowType, 'audit', [auditEntry]) });
  const [row] = WriteStatement.rowsOf<{ config: StoredConfig | null; days: TrendRow[] }>(result);
  const config = row?.config ? { ...row.config, updatedAt: new Date(row.config.updatedAt) } : undefined;
  return { config, days: row?.days ?? [] };
}
