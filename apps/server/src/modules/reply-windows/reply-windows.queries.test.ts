import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { findReplyContextGrouped, findReplyContexts } from './reply-windows.queries';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

describe('reading send contexts together', () => {
  it('answers several clients in one statement, in the order asked, with nothing for a client not in the practice', async () => {
    const { practiceId, clients } = t.demo;
    const now = t.clock.now();
    const contexts = await findReplyContexts(t.deps.database.db, [
      { practiceId, clientId: clients.sam, now },
      { practiceId, clientId: randomUUID(), now },
      { practiceId, clientId: clients.alex, now },
      { practiceId: randomUUID(), clientId: clients.sam, now },
      { practiceId, clientId: clients.sam, now },
    ]);
    expect(contexts.map((c) => c?.clientId)).toEqual([clients.sam, undefined, clients.alex, undefined, clients.sam]);
    expect(contexts[0]!.careTeam.find((m) => m.isPrimary)?.clinicianId).toBe(t.demo.people.dana);
    expect(contexts[0]).toEqual(contexts[4]);
  });

  it('reads each care team at its own request’s time', async () => {
    const { practiceId, clients } = t.demo;
    const [today, longAgo] = await findReplyContexts(t.deps.database.db, [
      { practiceId, clientId: clients.sam, now: t.clock.now() },
      { practiceId, clientId: clients.sam, now: new Date('2000-01-01T00:00:00Z') },
    ]);
    expect(today!.careTeam.length).toBeGreaterThan(0);
    expect(longAgo!.careTeam).toEqual([]); // nobody had joined Sam's care team yet
  });

  it('gives concurrent callers the same answers as reading alone', async () => {
    const { practiceId, clients } = t.demo;
    const now = t.clock.now();
    const asked = [clients.sam, clients.alex, randomUUID(), clients.sam, clients.alex];
    const together = await Promise.all(asked.map((clientId) => findReplyContextGrouped(t.deps.database.db, { practiceId, clientId, now })));
    const alone = await findReplyContexts(
      t.deps.database.db,
      asked.map((clientId) => ({ practiceId, clientId, now })),
    );
    expect(together).toEqual(alone);
  });
});
