import type { Db } from './database';

/**
 * Group commit: writes of one kind that arrive while earlier ones are in flight share ONE
 * statement. A send's write is a dozen inserts whose cost in PostgreSQL is mostly per statement
 * (starting the plan's nodes, taking the locks, the commit and its WAL flush) and in Node per
 * round trip, so fifty concurrent senders pay for a few statements instead of fifty.
 *
 * A lone write never waits: with nothing in flight it goes at once, as a batch of one. Under load
 * at most `maxInFlight` statements run at a time and the writes that queue meanwhile go together in
 * the next, up to `maxBatch`. Each caller is answered only after its own statement has committed,
 * so an acknowledged write is as durable as before. One bad write must not fail its neighbours: when
 * a batch fails, each of its writes runs again on its own, and only the bad one is refused (the
 * failed statement wrote nothing, being one statement). A hot read can share statements the same
 * way (a send's context read): each caller still gets rows as fresh as its own query would have.
 */
export class GroupCommit<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  private inFlight = 0;

  constructor(
    /** Writes the items in one statement; answers one result per item, in order. */
    private readonly write: (items: I[]) => Promise<O[]>,
    private readonly limits: { maxBatch: number; maxInFlight: number } = { maxBatch: 64, maxInFlight: 2 },
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.limits.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.limits.maxBatch);
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async run(batch: Pending<I, O>[]): Promise<void> {
    try {
      const results = await this.write(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i] as O));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      await Promise.all(batch.map((p) => this.write([p.item]).then(([result]) => p.resolve(result as O), p.reject)));
    }
  }
}

interface Pending<I, O> {
  item: I;
  resolve(value: O): void;
  reject(reason: unknown): void;
}

/** One GroupCommit per database handle (the pool, or PGlite), made on first use. */
export function groupedPerDatabase<I, O>(
  statement: (db: Db, items: I[]) => Promise<O[]>,
  limits?: { maxBatch: number; maxInFlight: number },
): (db: Db, item: I) => Promise<O> {
  const groups = new WeakMap<Db, GroupCommit<I, O>>();
  return (db, item) => {
    let group = groups.get(db);
    if (!group) {
      group = new GroupCommit((items) => statement(db, items), limits);
      groups.set(db, group);
    }
    return group.submit(item);
  };
}
