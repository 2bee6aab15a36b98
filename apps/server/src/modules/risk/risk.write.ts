import { sql, type SQL } from 'drizzle-orm';
import { rowsSql, type Rows, type RowType } from '../../db/rows';
import type { WriteStatement } from '../../db/write-statement';
import type { StoredReason } from './risk.tables';

/** A new flag's columns; acknowledgement comes later, from a person. */
export interface FlagValues {
  practiceId: string;
  id: string;
  clientId: string;
  sourceType: 'message' | 'checkin' | 'measure' | 'peer_post';
  sourceId: string;
  level: 'high' | 'imminent';
  reasons: StoredReason[];
  screenerVersion: string;
  createdAt: Date;
  dueBy: Date;
}

export const flagValuesType: RowType<FlagValues> = {
  practiceId: 'uuid',
  id: 'uuid',
  clientId: 'uuid',
  sourceType: 'text',
  sourceId: 'text',
  level: 'text',
  reasons: 'jsonb',
  screenerVersion: 'text',
  createdAt: 'timestamptz',
  dueBy: 'timestamptz',
};

/**
 * The one writer of risk flags, as part of a WriteStatement: flags known in Node, or selected from
 * the statement's other parts (a message's flag, written only if the message is).
 */
export function addFlagRows(w: WriteStatement, rows: Rows<FlagValues>): SQL {
  return w.add(
    'flags',
    sql`insert into risk_flags (practice_id, id, client_id, source_type, source_id, level, reasons, screener_version, created_at, due_by)
        select practice_id, id, client_id, source_type, source_id, level, reasons, screener_version, created_at, due_by
        from (${rowsSql(flagValuesType, rows)}) f returning id`,
  );
}
