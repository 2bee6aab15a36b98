import { sql, type SQL } from 'drizzle-orm';

/**
 * Typed rows for the writers other modules call (audit entries, notices, real-time events, jobs).
 * A writer names the fields of its row and the SQL type of each (`RowType`); a caller hands it
 * rows either as values known in Node or as a select over other parts of the same statement
 * (`selectRows`), field by field. Either way TypeScript checks every field is there and named as
 * the writer expects, so the contract between two modules is no longer a positional column list
 * in an SQL string that nothing checks.
 */
export type SqlType = 'uuid' | 'text' | 'boolean' | 'int' | 'timestamptz' | 'jsonb';

/** The fields of a writer's row, each with the SQL type it is written as. */
export type RowType<T> = { readonly [K in keyof T]-?: SqlType };

/** For each field of T, an SQL expression. */
export type Columns<T> = { readonly [K in keyof T]-?: SQL };

/** Rows selected set-based inside a statement: one expression per field over `from` (a CTE, a join). */
export class RowSelect<T> {
  constructor(
    readonly from: SQL,
    readonly columns: Columns<T>,
    readonly unionWith: readonly RowSelect<T>[] = [],
  ) {}
}

/** Rows a writer takes: values known in Node, or rows selected inside the statement. */
export type Rows<T> = readonly T[] | RowSelect<T>;

/** Rows of T selected from `from`, each field an SQL expression (set-based, one row per row of `from`). */
export function selectRows<T>(from: SQL, columns: Columns<T>): RowSelect<T> {
  return new RowSelect(from, columns);
}

/** Several selects of the same rows as one (`union all`). */
export function unionRows<T>(first: RowSelect<T>, ...rest: RowSelect<T>[]): RowSelect<T> {
  return new RowSelect(first.from, first.columns, [...first.unionWith, ...rest]);
}

/** The fields of `type` read from a relation aliased `alias` whose columns are named as rowsSql names them. */
export function columnsOf<T>(type: RowType<T>, alias: string): Columns<T> {
  return Object.fromEntries(fieldsOf(type).map((f) => [f, sql`${sql.identifier(alias)}.${sql.identifier(columnName(f))}`])) as unknown as Columns<T>;
}

/**
 * The rows as a SELECT whose columns are the fields in snake_case, each cast to its type: what a
 * writer inserts from (`insert into t (…) select … from (${rowsSql(type, rows)}) r`).
 */
export function rowsSql<T>(type: RowType<T>, rows: Rows<T>): SQL {
  const fields = fieldsOf(type);
  if (rows instanceof RowSelect) {
    const one = (s: RowSelect<T>) =>
      sql`select ${sql.join(
        fields.map((f) => sql`(${s.columns[f]})::${sql.raw(type[f])} as ${sql.identifier(columnName(f))}`),
        sql`, `,
      )} from ${s.from}`;
    return sql.join([rows, ...rows.unionWith].map(one), sql` union all `);
  }
  const names = sql.join(
    fields.map((f) => sql.identifier(columnName(f))),
    sql`, `,
  );
  if (rows.length === 0) {
    return sql`select ${sql.join(
      fields.map((f) => sql`null::${sql.raw(type[f])} as ${sql.identifier(columnName(f))}`),
      sql`, `,
    )} where false`;
  }
  const values = rows.map(
    (row) =>
      sql`(${sql.join(
        fields.map((f) => sql`${toParam(row[f], type[f])}::${sql.raw(type[f])}`),
        sql`, `,
      )})`,
  );
  return sql`select * from (values ${sql.join(values, sql`, `)}) as v(${names})`;
}

/**
 * Rows given as one list per field (placeholders named `<prefix>_<field>`), for a statement built
 * once (reusableQuery): `select * from unnest(…) with ordinality as <prefix>(<columns>, ord)`.
 * `listValues` makes the lists.
 */
export function listedRows<T>(type: RowType<T>, prefix: string): SQL {
  const fields = fieldsOf(type);
  // jsonb travels as text (drivers differ in how they encode a jsonb[] parameter); the writer's cast makes it jsonb.
  const lists = fields.map((f) => sql`${sql.placeholder(`${prefix}_${f}`)}::${sql.raw(type[f] === 'jsonb' ? 'text' : type[f])}[]`);
  const names = fields.map((f) => sql.identifier(columnName(f)));
  return sql`select * from unnest(${sql.join(lists, sql`, `)}) with ordinality as ${sql.identifier(prefix)}(${sql.join(names, sql`, `)}, ord)`;
}

/** The placeholder values of `listedRows(type, prefix)` for `rows`, added to `into`. */
export function listValues<T>(type: RowType<T>, prefix: string, rows: readonly T[], into: Record<string, unknown[]> = {}): Record<string, unknown[]> {
  for (const f of fieldsOf(type)) into[`${prefix}_${f}`] = rows.map((row) => toParam(row[f], type[f]));
  return into;
}

function fieldsOf<T>(type: RowType<T>): (keyof T & string)[] {
  return Object.keys(type) as (keyof T & string)[];
}

const columnNames = new Map<string, string>();

/** A field's column name in the selects above: `clientId` → `client_id`. */
export function columnName(field: string): string {
  let name = columnNames.get(field);
  if (!name) {
    name = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    columnNames.set(field, name);
  }
  return name;
}

function toParam(value: unknown, type: SqlType): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (type === 'jsonb') return JSON.stringify(value);
  return value;
}
