import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testTarget, type TestDatabase } from '../../testing/test-database';
import { sendOver, signInOver, startServerProcess, type ServerProcess } from '../../testing/server-process';
import { openEventStream } from '../../testing/sse-client';

const onPostgres = testTarget === 'postgres';

describe('real time across two app server processes (PostgreSQL LISTEN/NOTIFY)', () => {
  let database: TestDatabase | undefined;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  beforeAll(async () => {
    if (!onPostgres) return;
    database = await createTestDatabase();
    // One at a time: the first seeds the demo practice into the empty database.
    a = await startServerProcess({ DATABASE_URL: database.url! });
    b = await startServerProcess({ DATABASE_URL: database.url! });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  }, 60_000);

  it.skipIf(!onPostgres)(
    'a message sent through server A reaches a stream opened on server B within a second (PostgreSQL only: PGlite is one process)',
    async () => {
      const dana = await signInOver(b!.url, 'dana');
      const sam = await signInOver(a!.url, 'sam');
      const stream = await openEventStream(b!.url, dana.cookie);
      expect(stream.status).toBe(200);
      await stream.next((m) => m.data.type === 'ready');

      const started = performance.now();
      const res = await sendOver(a!.url, sam.cookie, sam.clientId!, { intent: 'soon', body: 'Sent through A.' }, randomUUID());
      expect(res.status).toBe(201);
      const { message } = (await res.json()) as { message: { id: string } };
      await stream.next((m) => m.data.type === 'message.created' && m.data.subjectId === message.id, 1000);
      expect(performance.now() - started).toBeLessThan(1000);
      stream.close();
    },
  );
});
