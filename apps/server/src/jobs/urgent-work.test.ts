import { describe, expect, it } from 'vitest';
import { UrgentWork } from './urgent-work';

describe('urgent work: routine requests step aside while the runner is late', () => {
  it('keeps time: nobody waits', () => {
    const urgentWork = new UrgentWork();
    urgentWork.observeUrgentStarts([10, 200], 0);
    expect(urgentWork.behind).toBe(false);
    expect(urgentWork.yieldToUrgentWork()).toBeUndefined();
  });

  it('a late start closes the gate until a claim finds nothing more due', async () => {
    const urgentWork = new UrgentWork(250, 5_000, 5_000);
    urgentWork.observeUrgentStarts([400], 0);
    const waiting = urgentWork.yieldToUrgentWork()!;
    let released = false;
    void waiting.then(() => (released = true));
    // Full slots and on time: there may be more behind, so the gate stays closed.
    urgentWork.observeUrgentStarts([5], 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(released).toBe(false);
    urgentWork.observeUrgentStarts([], 2);
    await waiting;
    expect(released).toBe(true);
    expect(urgentWork.behind).toBe(false);
  });

  it('never holds a request longer than its cap, and a reading no one renews expires by itself', async () => {
    const urgentWork = new UrgentWork(250, 60, 30);
    urgentWork.observeUrgentStarts([1_000], 0);
    const started = performance.now();
    await urgentWork.yieldToUrgentWork();
    expect(performance.now() - started).toBeLessThan(200);
    await new Promise((r) => setTimeout(r, 80));
    expect(urgentWork.behind).toBe(false);
  });
});
