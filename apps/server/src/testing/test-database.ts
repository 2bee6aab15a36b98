import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrationsFolder, openDatabase, pgliteExtensions, type Database } from '../db/database';

/** Which database the suite runs against: the vitest project sets it (PGlite and PostgreSQL both run in CI). */
export const testTarget = (process.env.STEADFAST_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const pgAdminUrl = process.env.STEADFAST_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  database: Database;
  /** A URL other processes can open (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  return testTarget === 'postgres' ? createPostgresDatabase() : createPgliteDatabase();
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `sf_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(pgAdminUrl, name);
  const database = await openDatabase({ url });
  await database.migrate();
  return {
    database,
    url,
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh in-memory PGlite for each file is 2–4 s (STACK.md); loading a migrated snapshot is
 * under 1 s. The snapshot is keyed by the migrations' content and shared by all test workers.
 */
async function createPgliteDatabase(): Promise<TestDatabase> {
  const snapshot = await migratedSnapshot();
  const client = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(snapshot)]), extensions: pgliteExtensions });
  const database = await openDatabase({ pglite: client });
  return { database, drop: () => database.close() };
}

async function migratedSnapshot(): Promise<string> {
  const file = path.join(os.tmpdir(), `steadfast-pglite-${migrationsHash()}.tar.gz`);
  if (fs.existsSync(file)) return file;
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  const dump = await client.dumpDataDir('gzip');
  const tmp = `${file}.${process.pid}.${randomBytes(3).toString('hex')}`;
  fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(tmp, file); // atomic: parallel workers never read half a file
  await database.close();
  return file;
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const f of fs.readdirSync(migrationsFolder).filter((n) => n.endsWith('.sql')).sort()) {
    hash.update(f).update(fs.readFileSync(path.join(migrationsFolder, f)));
  }
  hash.update(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json')));
  return hash.digest('hex').slice(0, 16);
}
