import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { UrgentWork } from '../../jobs/urgent-work';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

async function send(body: string, intent: string) {
  return t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await t.signIn('sam'),
    body: { intent, body },
    headers: { 'idempotency-key': randomUUID() },
  });
}

/** Settles within `ms`, or says it did not. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'still waiting'> {
  return Promise.race([promise, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms))]);
}

describe('sends while escalations are late (jobs/urgent-work.ts)', () => {
  afterEach(() => {
    delete t.deps.urgentWork;
  });

  it('an ordinary message waits until the runner has caught up, and is then sent', async () => {
    const urgentWork = (t.deps.urgentWork = new UrgentWork(250, 10_000, 10_000));
    await t.signIn('sam');
    urgentWork.observeUrgentStarts([2_000], 0);
    const sending = send('A few ordinary words about my week.', 'share');
    expect(await within(sending, 300)).toBe('still waiting');
    urgentWork.observeUrgentStarts([], 3);
    expect((await sending).statusCode).toBe(201);
  });

  it("\"I'm not safe\", and words that raise a flag, never wait", async () => {
    const urgentWork = (t.deps.urgentWork = new UrgentWork(250, 10_000, 10_000));
    await t.signIn('sam');
    urgentWork.observeUrgentStarts([2_000], 0);
    const crisis = await within(send('Please, I need someone.', 'crisis'), 2_000);
    expect(crisis).not.toBe('still waiting');
    expect(crisis !== 'still waiting' && crisis.statusCode).toBe(201);
    const risky = await within(send("I have the pills in front of me and I'm going tonight", 'share'), 2_000);
    expect(risky !== 'still waiting' && risky.statusCode).toBe(201);
    expect(urgentWork.behind).toBe(true);
  });
});
