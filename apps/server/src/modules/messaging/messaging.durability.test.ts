import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testTarget, type TestDatabase } from '../../testing/test-database';
import { mailOutbox } from '../mail/mail.tables';
import { sendOver, signInOver, startServerProcess, type ServerProcess } from '../../testing/server-process';

const onPostgres = testTarget === 'postgres';

interface Received {
  to: string[];
  messageId: string;
  subject: string;
  body: string;
}

/** A real SMTP server in the test process: what arrives here is what a mail server would accept. */
async function startSmtp(received: Received[]): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? '',
          subject: /^Subject: (.+)$/im.exec(raw)?.[1]?.trim() ?? '',
          body: raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('e-mail notices survive a crash (outbox written in the send’s transaction)', () => {
  const received: Received[] = [];
  let database: TestDatabase | undefined;
  let smtp: { url: string; close(): Promise<void> } | undefined;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    if (!onPostgres) return;
    database = await createTestDatabase();
    smtp = await startSmtp(received);
  }, 60_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await smtp?.close();
    await database?.drop();
  }, 60_000);

  it.skipIf(!onPostgres)(
    'delivers each queued e-mail exactly once after the server is killed before delivering and restarted (PostgreSQL only: child processes share it)',
    async () => {
      // The first server accepts the sends but runs no jobs, so nothing is delivered before the crash.
      server = await startServerProcess({ DATABASE_URL: database!.url!, JOBS: 'off', SMTP_URL: smtp!.url });
      const sam = await signInOver(server.url, 'sam');
      const alex = await signInOver(server.url, 'alex');
      const dana = await signInOver(server.url, 'dana');
      // The demo seed's own mail (a caring contact's notice to Sam, cover arranged) is already queued: only this test's sends count.
      const seeded = new Set((await database!.database.db.select({ id: mailOutbox.id }).from(mailOutbox)).map((m) => m.id));
      const sends = [
        await sendOver(server.url, sam.cookie, sam.clientId!, { intent: 'soon', body: 'Private words from Sam.' }, randomUUID()),
        await sendOver(server.url, dana.cookie, sam.clientId!, { body: 'Private words from Dana.' }, randomUUID()),
        await sendOver(server.url, alex.cookie, alex.clientId!, { intent: 'share', body: 'Private words from Alex.' }, randomUUID()),
      ];
      expect(sends.map((r) => r.status)).toEqual([201, 201, 201]);
      const queued = await database!.database.db.select().from(mailOutbox);
      const notices = queued.filter((m) => m.subject === 'You have a new message in Steadfast' && !seeded.has(m.id));
      expect(notices.map((m) => m.to).sort()).toEqual(['dana@harbour.example', 'dana@harbour.example', 'sam@harbour.example']);

      await server.stop('SIGKILL');
      expect(received).toEqual([]);

      server = await startServerProcess({ DATABASE_URL: database!.url!, JOBS: 'on', SMTP_URL: smtp!.url });
      const deadline = Date.now() + 20_000;
      while (received.length < queued.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1500)); // time for a duplicate to show up, if any would

      expect(received.map((m) => m.messageId).sort()).toEqual(queued.map((m) => `<${m.id}@steadfast>`).sort());
      expect(new Set(received.map((m) => m.messageId)).size).toBe(received.length);
      for (const m of received) expect(m.body).not.toContain('Private words');
      const after = await database!.database.db.select().from(mailOutbox);
      expect(after.every((m) => m.status === 'sent')).toBe(true);
    },
    180_000,
  );
});
