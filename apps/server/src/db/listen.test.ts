import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testTarget, type TestDatabase } from '../testing/test-database';
import { notify, openDatabase, queryRows, type Database } from './database';

const onPostgres = testTarget === 'postgres';

async function waitFor(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the listening connection (PostgreSQL only: PGlite is in-process and cannot lose it)', () => {
  let testDb: TestDatabase | undefined;
  let database: Database | undefined;

  beforeAll(async () => {
    if (!onPostgres) return;
    testDb = await createTestDatabase();
    database = await openDatabase({ url: testDb.url! });
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it.skipIf(!onPostgres)('comes back after the database drops it, tells subscribers of the gap, and delivers again', async () => {
    const received: string[] = [];
    let gaps = 0;
    await database!.listen(
      'steadfast_listen_test',
      (payload) => received.push(payload),
      () => (gaps += 1),
    );
    await notify(database!.db, 'steadfast_listen_test', 'before');
    await waitFor(() => received.includes('before'));

    // What a database restart or an idle-connection killer does to the listening backend.
    const killed = await queryRows<{ ok: boolean }>(
      database!.db,
      sql`select pg_terminate_backend(pid) as ok from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and query ilike 'LISTEN%'`,
    );
    expect(killed.length).toBeGreaterThan(0);
    await waitFor(() => gaps === 1);

    await notify(database!.db, 'steadfast_listen_test', 'after');
    await waitFor(() => received.includes('after'));
    expect(received).toEqual(['before', 'after']);
  });
});
