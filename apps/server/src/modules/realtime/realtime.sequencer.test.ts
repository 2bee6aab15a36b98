import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../db/database';
import { createLogger } from '../../http/logging';
import { createPractice } from '../practices';
import { createTestDatabase, testTarget, type TestDatabase } from '../../testing/test-database';
import { EventSequencer } from './realtime.sequencer';
import { EVENTS_CHANNEL, latestSeq, publishEvents, type NewEvent, type StreamEvent } from './realtime.service';

const log = createLogger('silent');

let testDb: TestDatabase;
let database: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = testDb.database;
}, 60_000);

afterAll(async () => {
  await testDb.drop();
});

async function newPractice(): Promise<string> {
  return (await createPractice(database.db, { name: `Practice ${randomUUID().slice(0, 8)}`, country: 'GB', timeZone: 'Europe/London' })).id;
}

function event(practiceId: string, subjectId: string, at = new Date()): NewEvent {
  return { practiceId, type: 'message.created', clientId: randomUUID(), subjectId, at };
}

/** An event someone is waiting for (a raised flag): numbered and announced in its writer's own commit. */
function urgent(practiceId: string, subjectId: string, at = new Date()): NewEvent {
  return { ...event(practiceId, subjectId, at), type: 'flag.raised', urgent: true };
}

/** Every announcement on the events channel, as the hub parses it. */
async function recordAnnouncements(db: Database = database) {
  const heard: StreamEvent[] = [];
  const stop = await db.listen(EVENTS_CHANNEL, (payload) => heard.push(JSON.parse(payload) as StreamEvent));
  return { heard, of: (practiceId: string) => heard.filter((e) => e.practiceId === practiceId), stop };
}

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function rowsOf(practiceId: string) {
  return queryRows<{ id: string; seq: string | null; subject_id: string }>(
    database.db,
    sql`select id, seq, subject_id from realtime_events where practice_id = ${practiceId} order by id`,
  );
}

const numbersOf = (rows: { seq: string | null }[]) => rows.map((r) => (r.seq === null ? null : Number(r.seq)));
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the event sequencer', () => {
  it('numbers, when it starts, events written while no sequencer ran (a server that died), and announces them with ids only', async () => {
    const a = await newPractice();
    const b = await newPractice();
    const at = new Date('2026-03-02T10:00:00.123Z');
    await publishEvents(database.db, [event(a, 'a1', at), event(a, 'a2', at), event(b, 'b1', at)]);
    await publishEvents(database.db, [event(a, 'a3', at)]);
    expect(numbersOf(await rowsOf(a))).toEqual([null, null, null]);

    const announced = await recordAnnouncements();
    const sequencer = new EventSequencer(database, log, { sweepMs: 60_000 });
    await sequencer.start();
    try {
      expect(numbersOf(await rowsOf(a))).toEqual([1, 2, 3]);
      expect(numbersOf(await rowsOf(b))).toEqual([1]);
      expect([await latestSeq(database.db, a), await latestSeq(database.db, b)]).toEqual([3, 1]);
      await until(() => announced.heard.length === 4);
      const first = (await rowsOf(a))[0]!;
      expect(announced.of(a)[0]).toEqual({
        practiceId: a,
        seq: 1,
        type: 'message.created',
        clientId: expect.any(String),
        userId: null,
        subjectId: first.subject_id,
        at: at.toISOString(),
      });
      expect(announced.of(a).map((e) => [e.seq, e.subjectId])).toEqual([
        [1, 'a1'],
        [2, 'a2'],
        [3, 'a3'],
      ]);
    } finally {
      await sequencer.stop();
      await announced.stop();
    }
  });

  it('numbers a practice gapless and makes the numbers visible in increasing order under many concurrent sends, urgent or not', async () => {
    const a = await newPractice();
    const b = await newPractice();
    // Two sequencers, as two app servers run; on PostgreSQL the second has its own pool and listening connection.
    const other = testDb.url ? await openDatabase({ url: testDb.url }) : database;
    const sequencers = [new EventSequencer(database, log), new EventSequencer(other, log)];
    await Promise.all(sequencers.map((s) => s.start()));
    const announced = await recordAnnouncements();

    // A reader that must never see a number while a smaller one is still missing.
    let sending = true;
    const holes: string[] = [];
    const reader = (async () => {
      while (sending) {
        const seen = numbersOf(
          await queryRows<{ seq: string }>(database.db, sql`select seq from realtime_events where practice_id = ${a} and seq is not null order by seq`),
        );
        if (seen.some((n, i) => n !== i + 1)) holes.push(seen.join(','));
        await new Promise((r) => setTimeout(r, 5));
      }
    })();

    const senders = 8;
    const sendsEach = 20;
    let written = 0;
    await Promise.all(
      Array.from({ length: senders }, async (_, s) => {
        for (let i = 0; i < sendsEach; i += 1) {
          // Every fourth send is urgent (a raised flag): numbered in its own commit, beside the sequencers' numbering.
          const events =
            i % 4 === 1
              ? [urgent(a, `s${s}-${i}-u`), urgent(a, `s${s}-${i}-v`)]
              : [event(a, `s${s}-${i}-x`), ...(i % 3 === 0 ? [event(a, `s${s}-${i}-y`), event(b, `s${s}-${i}-b`)] : [])];
          await database.db.transaction(async (tx) => publishEvents(tx, events));
          written += events.filter((e) => e.practiceId === a).length;
        }
      }),
    );
    try {
      await until(async () => (await rowsOf(a)).every((r) => r.seq !== null) && (await rowsOf(b)).every((r) => r.seq !== null));
      sending = false;
      await reader;
      const rows = await rowsOf(a);
      expect(rows).toHaveLength(written);
      expect(numbersOf(rows).sort((x, y) => x! - y!)).toEqual(oneTo(written));
      expect(numbersOf(await rowsOf(b)).sort((x, y) => x! - y!)).toEqual(
        oneTo(senders * Array.from({ length: sendsEach }, (_, i) => i).filter((i) => i % 4 !== 1 && i % 3 === 0).length),
      );
      expect(await latestSeq(database.db, a)).toBe(written);
      expect(holes).toEqual([]);
      // Announced once each, in number order: what a stream relies on to drop what it has seen.
      await until(() => announced.of(a).length >= written);
      expect(announced.of(a).map((e) => e.seq)).toEqual(oneTo(written));
    } finally {
      sending = false;
      await Promise.all(sequencers.map((s) => s.stop()));
      await announced.stop();
      if (other !== database) await other.close();
    }
  }, 60_000);

  it('numbers and announces nothing for a rolled-back send, and leaves no gap', async () => {
    const a = await newPractice();
    const sequencer = new EventSequencer(database, log);
    await sequencer.start();
    const announced = await recordAnnouncements();
    try {
      await publishEvents(database.db, [event(a, 'kept-1')]);
      await until(() => announced.of(a).length === 1);
      await expect(
        database.db.transaction(async (tx) => {
          await publishEvents(tx, [event(a, 'rolled-back')]);
          throw new Error('the send fails');
        }),
      ).rejects.toThrow('the send fails');
      await publishEvents(database.db, [event(a, 'kept-2')]);
      await until(() => announced.of(a).length === 2);
      await sequencer.wake();
      expect(announced.of(a).map((e) => [e.seq, e.subjectId])).toEqual([
        [1, 'kept-1'],
        [2, 'kept-2'],
      ]);
      expect((await rowsOf(a)).map((r) => r.subject_id)).toEqual(['kept-1', 'kept-2']);
    } finally {
      await sequencer.stop();
      await announced.stop();
    }
  });
});

describe('urgent events (a raised flag, an escalation step)', () => {
  it("are numbered and announced in their writer's own commit, with no sequencer running, and later numbers follow theirs", async () => {
    const a = await newPractice();
    const announced = await recordAnnouncements();
    const at = new Date('2026-03-02T10:00:00.123Z');
    try {
      await publishEvents(database.db, [event(a, 'waiting', at)]);
      await publishEvents(database.db, [urgent(a, 'urgent-1', at), urgent(a, 'urgent-2', at)]);
      expect((await rowsOf(a)).map((r) => [r.subject_id, r.seq === null ? null : Number(r.seq)])).toEqual([
        ['waiting', null],
        ['urgent-1', 1],
        ['urgent-2', 2],
      ]);
      expect(await latestSeq(database.db, a)).toBe(2);
      await until(() => announced.of(a).length === 2);
      expect(announced.of(a)[0]).toEqual({
        practiceId: a,
        seq: 1,
        type: 'flag.raised',
        clientId: expect.any(String),
        userId: null,
        subjectId: 'urgent-1',
        at: at.toISOString(),
      });

      const sequencer = new EventSequencer(database, log, { sweepMs: 60_000 });
      await sequencer.start();
      await sequencer.stop();
      expect(numbersOf(await rowsOf(a))).toEqual([3, 1, 2]);
      await until(() => announced.of(a).length === 3);
      expect(announced.of(a).map((e) => [e.seq, e.subjectId])).toEqual([
        [1, 'urgent-1'],
        [2, 'urgent-2'],
        [3, 'waiting'],
      ]);
    } finally {
      await announced.stop();
    }
  });

  it('number and announce nothing when their writer rolls back, and leave no gap', async () => {
    const a = await newPractice();
    const announced = await recordAnnouncements();
    try {
      await expect(
        database.db.transaction(async (tx) => {
          await publishEvents(tx, [urgent(a, 'rolled-back')]);
          throw new Error('the send fails');
        }),
      ).rejects.toThrow('the send fails');
      await publishEvents(database.db, [urgent(a, 'kept')]);
      await until(() => announced.of(a).length === 1);
      expect(announced.of(a).map((e) => [e.seq, e.subjectId])).toEqual([[1, 'kept']]);
      expect(numbersOf(await rowsOf(a))).toEqual([1]);
    } finally {
      await announced.stop();
    }
  });

  // Two transactions at once need two connections: PGlite has one.
  it.skipIf(testTarget !== 'postgres')(
    'hold the practice while their writer is open: a sequencer skips it then, and numbers what waits as soon as the writer commits',
    async () => {
      const a = await newPractice();
      const sequencer = new EventSequencer(database, log, { sweepMs: 60_000 });
      await sequencer.start();
      const announced = await recordAnnouncements();
      const writer = await openDatabase({ url: testDb.url! });
      try {
        await publishEvents(database.db, [urgent(a, 'first')]);
        let commit!: () => void;
        const committed = writer.db.transaction(async (tx) => {
          await publishEvents(tx, [urgent(a, 'urgent')]);
          await new Promise<void>((resolve) => (commit = resolve));
        });
        await until(() => commit !== undefined);
        // Committed and announced to the sequencer while the urgent writer holds the practice: skipped, not waited for.
        await publishEvents(database.db, [event(a, 'waiting')]);
        await sequencer.wake();
        expect(numbersOf(await rowsOf(a))).toEqual([1, null]);
        commit();
        await committed;
        // Woken by the urgent writer's commit: long before the next sweep (a minute away).
        await until(() => announced.of(a).length === 3, 3000);
        expect(announced.of(a).map((e) => [e.seq, e.subjectId])).toEqual([
          [1, 'first'],
          [2, 'urgent'],
          [3, 'waiting'],
        ]);
      } finally {
        await sequencer.stop();
        await announced.stop();
        await writer.close();
      }
    },
  );
});
