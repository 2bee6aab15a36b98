import { getTableName, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Column helpers shared by every table, so time and ids are stored one way. */
export const id = () =>
  uuid('id')
    .notNull()
    .$defaultFn(() => crypto.randomUUID());
export const practiceId = () => uuid('practice_id').notNull();
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const createdAt = () => at('created_at').notNull().defaultNow();

/**
 * A column always written with its table's name (`"users"."name"`). Drizzle leaves a column bare in
 * a query over one table; inside a correlated subquery a bare name can bind to the wrong table.
 */
export function qualified(column: AnyColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
