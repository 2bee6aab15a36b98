import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * `column = any($1::uuid[])`: a list of ids as ONE parameter. drizzle's `inArray` binds each id on
 * its own: for a caseload of 100 that is 100 parameters in each of a dozen queries, and building
 * them was the largest cost of a caseload read in Node (bench/checkins, profiled). An empty list
 * matches nothing, as `inArray` does.
 */
export function anyId(column: Column | SQL, ids: readonly string[]): SQL {
  return sql`${column} = any(${uuidArray(ids)})`;
}

/** Ids as one uuid[] parameter (PostgreSQL's array literal; the cast rejects anything that is not a uuid). */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
