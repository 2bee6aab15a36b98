export interface PacedOptions {
  senders: number;
  /** Mean time between the starts of one sender's sends; each gap is uniform in 0.5–1.5× this. */
  meanIntervalMs: number;
  durationMs: number;
}

/**
 * `senders` people sending at their own pace for `durationMs`: each waits a random gap between
 * sends and never has two in flight (a person taps Send again only after the last one went), so
 * the load is a steady arrival rate, not a loop that saturates the server and measures its queue.
 * A send that overruns its gap delays that sender's next one rather than bunching them up.
 * `send` gets the sender's index and a number counting every send of the run from 0.
 */
export async function runPaced(options: PacedOptions, send: (sender: number, n: number) => Promise<void>): Promise<{ sent: number; seconds: number }> {
  const started = performance.now();
  const until = started + options.durationMs;
  let n = 0;
  const gap = () => options.meanIntervalMs * (0.5 + Math.random());
  async function sender(index: number): Promise<void> {
    // Staggered first sends, so the senders do not start in step.
    let next = started + Math.random() * options.meanIntervalMs;
    while (next < until) {
      await sleep(next - performance.now());
      const startedAt = performance.now();
      await send(index, n++);
      next = Math.max(startedAt + gap(), performance.now());
    }
  }
  await Promise.all(Array.from({ length: options.senders }, (_, i) => sender(i)));
  return { sent: n, seconds: (performance.now() - started) / 1000 };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)));
}
