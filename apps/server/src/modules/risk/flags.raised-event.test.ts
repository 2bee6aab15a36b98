import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import type { Ctx, Deps } from '../../http/context';
import { createLogger } from '../../http/logging';
import { TestClock } from '../../jobs/clock';
import { createClient, createPerson } from '../../testing/factories';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { createPractice } from '../practices';
import { EVENTS_CHANNEL } from '../realtime/realtime.service';
import { realtimeEvents } from '../realtime/realtime.tables';
import { screenAndFlag } from './risk.service';

/*
 * A flag raised anywhere (a job, a check-in, a send) announces itself: screenAndFlag publishes
 * `flag.raised` in the flag's own transaction. This process builds no HTTP routes at all, so
 * nothing but the risk module itself can have made the event.
 */
let testDb: TestDatabase;
let ctx: Ctx;
let clientId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const clock = new TestClock('2026-03-02T10:00:00Z');
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', JOBS: 'off' });
  const deps: Deps = { database: testDb.database, config, clock, log: createLogger('silent') };
  const db = testDb.database.db;
  const practice = await createPractice(db, { name: 'Raised Event Practice', country: 'GB', timeZone: 'Europe/London' });
  const clinician = await createPerson(db, practice.id, 'clinician');
  const { person, client } = await createClient(db, practice.id, clinician.id);
  clientId = client.id;
  const actor = { userId: person.id, practiceId: practice.id, role: 'client' as const, name: person.name, clientId, isDemo: false };
  ctx = { db, actor, clock, log: deps.log, requestId: 'flags-raised-event', deps };
});

afterAll(async () => {
  await testDb.drop();
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const eventsOfType = (type: string) =>
  testDb.database.db
    .select()
    .from(realtimeEvents)
    .where(and(eq(realtimeEvents.clientId, clientId), eq(realtimeEvents.type, type)));

describe('a raised flag publishes flag.raised itself', () => {
  it('writes the event with the flag as its subject, in the same transaction as the flag', async () => {
    const outcome = await testDb.database.db.transaction((db) =>
      screenAndFlag(
        { ...ctx, db },
        { clientId, sourceType: 'checkin', sourceId: crypto.randomUUID(), text: "I have the pills in front of me and I'm going tonight" },
      ),
    );
    expect(outcome.flagId).toBeDefined();
    const events = await eventsOfType('flag.raised');
    expect(events.map((e) => e.subjectId)).toEqual([outcome.flagId]);
  });

  it("numbers and announces it in the flag's own commit, for the on-call view, without waiting for a sequencer (none runs here)", async () => {
    const heard: string[] = [];
    const stop = await testDb.database.listen(EVENTS_CHANNEL, (payload) => heard.push(payload));
    try {
      const outcome = await screenAndFlag(ctx, { clientId, sourceType: 'checkin', sourceId: crypto.randomUUID(), crisisIntent: true });
      const [event] = (await eventsOfType('flag.raised')).filter((e) => e.subjectId === outcome.flagId);
      expect(event?.seq).toBeGreaterThan(0);
      await until(() => heard.length > 0);
      expect(heard.map((p) => JSON.parse(p) as { seq: number; type: string; subjectId: string })).toEqual([
        expect.objectContaining({ seq: event!.seq, type: 'flag.raised', subjectId: outcome.flagId }),
      ]);
    } finally {
      await stop();
    }
  });

  it('publishes nothing when the screen raises no flag', async () => {
    const before = (await eventsOfType('flag.raised')).length;
    const outcome = await screenAndFlag(ctx, { clientId, sourceType: 'checkin', sourceId: crypto.randomUUID(), text: 'A quiet day, went for a walk.' });
    expect(outcome.flagId).toBeUndefined();
    expect(await eventsOfType('flag.raised')).toHaveLength(before);
  });

  it('writes no event when the flag rolls back with its transaction', async () => {
    const before = (await eventsOfType('flag.raised')).length;
    await expect(
      testDb.database.db.transaction(async (db) => {
        await screenAndFlag({ ...ctx, db }, { clientId, sourceType: 'checkin', sourceId: crypto.randomUUID(), crisisIntent: true });
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    expect(await eventsOfType('flag.raised')).toHaveLength(before);
  });
});
