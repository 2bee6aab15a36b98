import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction: services take this so a test can hand in either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Listener = (payload: string) => void;

/** One handle over PGlite or PostgreSQL: queries, LISTEN/NOTIFY and shutdown. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /**
   * Subscribes to a NOTIFY channel; returns an unsubscribe function. `onGap` is called after the
   * listening connection was lost and made again: notifications sent meanwhile are gone, so the
   * subscriber catches up from its table.
   */
  listen(channel: string, onPayload: Listener, onGap?: () => void): Promise<() => Promise<void>>;
  /**
   * The same database through `max` connections of its own, for background work that must not
   * queue behind a burst of requests for the shared pool (the job runner, the real-time
   * sequencer): an alert's next statement never waits for fifty sends ahead of it. Shares the LISTEN
   * connection. Close it before the handle it came from. PGlite has one connection: itself, whose
   * close does nothing.
   */
  ownPool(max: number): Database;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Extensions the migrations create; every PGlite that opens our data must be given them. */
export const pgliteExtensions = { btree_gist };

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Opens PostgreSQL when a URL is given, else the embedded PGlite database in dataDir (or in memory). */
export async function openDatabase(opts: { url?: string; dataDir?: string; pglite?: PGlite }): Promise<Database> {
  if (opts.url) return openPostgres(opts.url);
  return openPglite(opts.pglite ?? (await createPglite(opts.dataDir)));
}

async function createPglite(dataDir?: string): Promise<PGlite> {
  // PGlite does not create parent folders (STACK.md).
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir ? { dataDir, extensions: pgliteExtensions } : { extensions: pgliteExtensions });
}

function openPglite(client: PGlite): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const database: Database = {
    kind: 'pglite',
    db,
    ownPool: () => ({ ...database, close: async () => undefined }),
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return async () => unsubscribe();
    },
    async migrate() {
      await migratePglite(db as never, { migrationsFolder });
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
  return database;
}

function openPostgres(url: string, max = 20, shared?: ListeningConnection): Database {
  // Connections stay open once made (pg-pool closes one idle for 10 s by default). A new connection
  // is a new backend: its first run of each hot statement parses and plans it and fills the
  // backend's catalog caches, tens of milliseconds under load, and a crisis send that drew one
  // after a quiet spell paid all of it. The pool is bounded by `max` either way.
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 0 });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor one that is checked out (a transaction in flight when the connection dies): its query fails
  // and the caller sees that; the client's own 'error' event must not end the process too.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const listening = shared ?? new ListeningConnection(url);

  return {
    kind: 'postgres',
    db,
    listen: (channel, onPayload, onGap) => listening.subscribe(channel, onPayload, onGap),
    ownPool: (size) => openPostgres(url, size, listening),
    async migrate() {
      // Two app servers starting together must not both migrate: serialise on an advisory lock.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(7262001)');
        await migratePg(drizzlePg({ client }) as never, { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(7262001)').catch(() => undefined);
        client.release();
      }
    },
    async close() {
      if (!shared) await listening.close();
      await pool.end();
    },
  };
}

/**
 * The one connection per app server that LISTENs. When it is lost (a database restart, a network
 * blip, an idle-connection killer) it is made again with backoff and every channel re-LISTENed;
 * subscribers are told of the gap so that nothing sent meanwhile is missed, only late.
 */
class ListeningConnection {
  private readonly subscribers = new Map<string, Set<{ onPayload: Listener; onGap?: () => void }>>();
  private client: Promise<pg.Client> | undefined;
  private retryMs = RECONNECT_FIRST_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly url: string) {}

  async subscribe(channel: string, onPayload: Listener, onGap?: () => void): Promise<() => Promise<void>> {
    const entry = { onPayload, ...(onGap ? { onGap } : {}) };
    let set = this.subscribers.get(channel);
    const isNewChannel = !set;
    if (!set) {
      set = new Set();
      this.subscribers.set(channel, set);
    }
    set.add(entry);
    const client = await this.connection();
    if (isNewChannel) await client.query(`LISTEN ${quoteChannel(channel)}`);
    return async () => {
      set.delete(entry);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = await this.client?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private connection(): Promise<pg.Client> {
    this.client ??= this.connect().catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => this.subscribers.get(n.channel)?.forEach((s) => s.onPayload(n.payload ?? '')));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of this.subscribers.keys()) await client.query(`LISTEN ${quoteChannel(channel)}`);
    return client;
  }

  private lost(client: pg.Client): void {
    void this.client?.then(
      (current) => {
        if (current !== client) return;
        this.client = undefined;
        client.end().catch(() => undefined);
        this.reconnectLater();
      },
      () => undefined,
    );
  }

  private reconnectLater(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connection().then(
        () => {
          this.retryMs = RECONNECT_FIRST_MS;
          for (const set of this.subscribers.values()) for (const s of set) s.onGap?.();
        },
        () => {
          this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
          this.reconnectLater();
        },
      );
    }, this.retryMs);
    this.retryTimer.unref();
  }
}

const RECONNECT_FIRST_MS = 200;
const RECONNECT_MAX_MS = 10_000;

function quoteChannel(channel: string): string {
  return `"${channel.replace(/"/g, '')}"`;
}

/** NOTIFY through whichever database is in use; delivered after the surrounding transaction commits. */
export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}

/**
 * Runs raw SQL and returns its rows, the same way on PGlite and on node-postgres. With `prepare`,
 * the statement is a named prepared statement on PostgreSQL: each connection parses and plans it
 * once and then only binds values, which saves the database real work on a hot path whose text
 * never changes (a send). Only for statements with a small, fixed set of shapes: each distinct
 * text stays prepared on every connection of the pool.
 */
export async function queryRows<T>(db: Db, query: SQL, options: { prepare?: boolean } = {}): Promise<T[]> {
  if (!options.prepare) {
    const result = (await db.execute(query)) as unknown as { rows: T[] };
    return result.rows;
  }
  const { session, dialect } = db as unknown as DrizzleInternals;
  const built = dialect.sqlToQuery(query);
  const name = statementName(built.sql);
  const result = (await session.prepareQuery(built, undefined, name, false).execute()) as { rows: T[] };
  return result.rows;
}

/**
 * A hot statement built ONCE: its values are drizzle placeholders (`sql.placeholder('clientId')`),
 * filled on each run. A hot path then pays neither for rendering the SQL from its parts (drizzle
 * walks every fragment and column on each build, which cost more Node CPU than the round trip)
 * nor, on PostgreSQL, for parsing and planning it again: it runs as a named prepared statement.
 * Lists go in as arrays (`unnest(${sql.placeholder('ids')}::uuid[])`), so the text stays the
 * same whatever their length.
 */
export function reusableQuery<T, V extends Record<string, unknown> = Record<string, unknown>>(build: () => SQL): (db: Db, values: V) => Promise<T[]> {
  let built: { sql: string; params: unknown[]; name: string } | undefined;
  return async (db, values) => {
    const { session, dialect } = db as unknown as DrizzleInternals;
    if (!built) {
      const query = dialect.sqlToQuery(build());
      built = { ...query, name: statementName(query.sql) };
    }
    const result = (await session.prepareQuery({ sql: built.sql, params: built.params }, undefined, built.name, false).execute(values)) as { rows: T[] };
    return result.rows;
  };
}

// Text → name, so a hot statement is hashed once, not on every run (a send's is ~4 kB).
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    if (statementNames.size >= 1000) statementNames.clear();
    name = `sf_${createHash('sha1').update(text).digest('base64url')}`;
    statementNames.set(text, name);
  }
  return name;
}

/** What db.execute does underneath, reached so that a statement can be given a name (drizzle's raw execute cannot). */
interface DrizzleInternals {
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string,
      arrayMode: false,
    ): { execute(values?: Record<string, unknown>): Promise<unknown> };
  };
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
}
