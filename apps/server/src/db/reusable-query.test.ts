import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { reusableQuery, type Database } from './database';

describe('reusableQuery: a statement built once, run with new values', () => {
  let testDb: TestDatabase;
  let database: Database;
  let builds = 0;
  const pairs = reusableQuery<{ id: string; n: number; label: string | null }, { ids: string[]; labels: (string | null)[]; offset: number }>(() => {
    builds += 1;
    return sql`select id::text as id, (ord + ${sql.placeholder('offset')}::int)::int as n, label
      from unnest(${sql.placeholder('ids')}::uuid[], ${sql.placeholder('labels')}::text[]) with ordinality as v(id, label, ord)`;
  });

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = testDb.database;
  }, 60_000);

  afterAll(async () => {
    await testDb.drop();
  });

  it('fills each run with its own values, lists of any length included, and builds the SQL once', async () => {
    const a = '8c0e3f6e-7c4f-4a59-9d7e-0a5a3b1c2d3e';
    const b = '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
    expect(await pairs(database.db, { ids: [a, b], labels: ['first', null], offset: 10 })).toEqual([
      { id: a, n: 11, label: 'first' },
      { id: b, n: 12, label: null },
    ]);
    expect(await pairs(database.db, { ids: [b], labels: ["it's"], offset: 0 })).toEqual([{ id: b, n: 1, label: "it's" }]);
    expect(await pairs(database.db, { ids: [], labels: [], offset: 0 })).toEqual([]);
    expect(builds).toBe(1);
  });

  it('runs inside a transaction too', async () => {
    const rows = await database.db.transaction((tx) => pairs(tx, { ids: ['8c0e3f6e-7c4f-4a59-9d7e-0a5a3b1c2d3e'], labels: ['x'], offset: 1 }));
    expect(rows).toEqual([{ id: '8c0e3f6e-7c4f-4a59-9d7e-0a5a3b1c2d3e', n: 2, label: 'x' }]);
  });
});
