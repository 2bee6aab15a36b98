import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from './database';

/**
 * Several writes sent as ONE SQL statement of data-modifying CTEs (`with a as (insert …), b as
 * (insert … select … from a) select …`). A hot path (a send) pays one round trip instead of one
 * per insert, and a single statement is atomic on its own, so it needs no BEGIN/COMMIT around it;
 * inside a transaction it is simply one more statement.
 *
 * Each module adds the parts for its own tables (audit rows, notices, jobs, real-time events). A
 * part that depends on another selects from it (its `gate`), so it writes nothing when that one
 * wrote nothing, e.g. a message that already existed under its idempotency key. Every
 * data-modifying CTE runs whether or not anything reads it; a plain SELECT runs only when read,
 * which is why side effects such as pg_notify go through `effect`.
 *
 * The statement runs prepared (queryRows `prepare`): build it from a small, fixed set of shapes
 * (a handful of recipients, an optional timer), never from lists that grow without bound.
 */
export class WriteStatement {
  private readonly parts: SQL[] = [];
  private readonly effects: SQL[] = [];
  private count = 0;

  /** Adds a CTE; returns its name for later parts (and the caller's final select) to read from. */
  add(prefix: string, body: SQL): SQL {
    const name = sql`${sql.identifier(`${prefix}_${this.count++}`)}`;
    this.parts.push(sql`${name} as (${body})`);
    return name;
  }

  /** A side effect that is a SELECT (a pg_notify): an integer expression evaluated once with the statement. */
  effect(expression: SQL): void {
    this.effects.push(expression);
  }

  /**
   * Runs the statement and returns the rows of `rows` (a select over the parts), as JSON values
   * (ids, numbers, booleans and ISO strings). The effects are evaluated in the same statement,
   * exactly once, whether or not `rows` finds anything.
   */
  async run<T>(db: Db, rows?: SQL): Promise<T[]> {
    // Prepared: a hot path runs the same few shapes again and again (see queryRows).
    const [result] = await queryRows<{ rows: unknown }>(db, this.statement(rows), { prepare: true });
    return WriteStatement.rowsOf<T>(result);
  }

  /**
   * The whole statement, for running as built (run) or for building ONCE from placeholders
   * (reusableQuery): a part must then take every value from a placeholder, never inline it.
   */
  statement(rows?: SQL): SQL {
    if (this.parts.length === 0) throw new Error('An empty WriteStatement has nothing to write.');
    const effects = this.effects.length > 0 ? sql.join(this.effects, sql` + `) : sql`0`;
    const found = rows ? sql`(select coalesce(json_agg(r), '[]'::json) from (${rows}) r)` : sql`'[]'::json`;
    return sql`with ${sql.join(this.parts, sql`, `)} select (${effects}) as effects, ${found} as rows`;
  }

  /** The rows a statement's single result row carries (JSON text on some drivers). */
  static rowsOf<T>(result: { rows: unknown } | undefined): T[] {
    const value = result?.rows ?? [];
    return (typeof value === 'string' ? JSON.parse(value) : value) as T[];
  }
}
