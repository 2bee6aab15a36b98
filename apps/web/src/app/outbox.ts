import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';
import { is, readLocalCopy, writeLocalCopy } from './local-copy';

/**
 * What every kept write carries, whatever it is (a message, a check-in): kept on the device from
 * the moment it is written until the server has answered, so nothing is lost to a dropped
 * connection, a closed tab or a reload.
 */
export interface OutboxItemBase {
  /** The Idempotency-Key, made once when the item was written and the same on every retry. */
  key: string;
  clientId: string;
  createdAt: string;
  /** 'waiting' goes out on its own; 'refused' was turned down by the server (not the network) and waits for the person. */
  state: 'waiting' | 'refused';
  attempts: number;
}

/** What a feature hands in: its own fields; the outbox adds when, how it stands and how often it was tried. */
export type NewItem<T extends OutboxItemBase> = Omit<T, 'createdAt' | 'state' | 'attempts'>;

export interface OutboxOptions<T extends OutboxItemBase, R> {
  /** localStorage key (below "steadfast."), one per person and kind, so nobody else's device session sends it. */
  storageKey: string;
  /** The shape check of a stored item (the base fields are checked here already). */
  isItem: (value: Record<string, unknown>) => boolean;
  send: (item: T) => Promise<R>;
  /** False while someone else, or nobody, is signed in: the items wait for their author. */
  canSend: () => boolean;
  isOnline?: () => boolean;
  /** Wait before retry number `attempts` (1, 2, …). */
  backoff?: (attempts: number) => number;
  /**
   * Items that say the same thing twice share a slot (a check-in's client and day): a newer one
   * replaces a waiting older one in place, since only the last answer matters and the server
   * would update the first with the second anyway.
   */
  slotOf?: (item: T) => string;
}

export type SentListener<T, R> = (item: T, response: R) => void;

const isBase = (v: unknown): v is Record<string, unknown> & OutboxItemBase =>
  is.record(v) &&
  is.string(v.key) &&
  is.string(v.clientId) &&
  is.string(v.createdAt) &&
  (v.state === 'waiting' || v.state === 'refused') &&
  typeof v.attempts === 'number';

/** 1 s, 2 s, 4 s … up to a minute, spread a little so many devices do not retry in step. */
export function defaultBackoff(attempts: number): number {
  return Math.min(60_000, 1_000 * 2 ** Math.max(0, attempts - 1)) * (0.8 + Math.random() * 0.4);
}

/** An answer worth another try later: no network, a server fault, a rate limit, or a session to renew. */
function worthRetrying(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return (
    error.code === 'network' || error.code === 'bad_response' || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500
  );
}

/**
 * A device outbox. Items go out one at a time, oldest first; each is removed only after the
 * server answered for it, and every retry carries the same key, so the server stores it once.
 * Tabs share the storage; a Web Lock (where the browser has one) keeps two tabs from sending
 * the same item at the same moment, and the key makes even that harmless.
 */
export class Outbox<T extends OutboxItemBase, R> {
  private items: readonly T[];
  private readonly listeners = new Set<() => void>();
  private readonly sentListeners = new Set<SentListener<T, R>>();
  private readonly isOnline: () => boolean;
  private readonly backoff: (attempts: number) => number;
  private readonly isItems: (v: unknown) => v is T[];
  private flushing: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | undefined;

  constructor(private readonly options: OutboxOptions<T, R>) {
    this.isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.backoff = options.backoff ?? defaultBackoff;
    this.isItems = is.arrayOf((v: unknown): v is T => isBase(v) && options.isItem(v));
    this.items = this.read();
  }

  /** The items as last read; the same array until something changes (for useSyncExternalStore). */
  snapshot = (): readonly T[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onSent(listener: SentListener<T, R>): () => void {
    this.sentListeners.add(listener);
    return () => this.sentListeners.delete(listener);
  }

  /** Keeps the item first, then tries to send it. */
  add(item: NewItem<T>): void {
    const entry = { ...item, createdAt: new Date().toISOString(), state: 'waiting', attempts: 0 } as T;
    const slot = this.options.slotOf?.(entry);
    this.update((items) => {
      if (items.some((i) => i.key === entry.key)) return items;
      const older = slot === undefined ? -1 : items.findIndex((i) => this.options.slotOf!(i) === slot);
      if (older < 0) return [...items, entry];
      return items.map((i, n) => (n === older ? entry : i));
    });
    void this.flush();
  }

  /** A refused item, sent again as it is. */
  retry(key: string): void {
    this.update((items) => items.map((i) => (i.key === key ? { ...i, state: 'waiting', attempts: 0 } : i)));
    void this.flush();
  }

  /** Takes an item out without sending it (the person took its words back to change them). */
  take(key: string): T | undefined {
    const item = this.read().find((i) => i.key === key);
    this.update((items) => items.filter((i) => i.key !== key));
    return item;
  }

  /** Sends when the connection comes back and follows other tabs' changes. Returns a stop function. */
  start(): () => void {
    if (!this.stopListening && typeof window !== 'undefined') {
      const online = () => {
        clearTimeout(this.timer);
        void this.flush();
      };
      const storage = (event: StorageEvent) => {
        if (event.key === null || event.key.endsWith(this.options.storageKey)) this.refresh();
      };
      window.addEventListener('online', online);
      window.addEventListener('storage', storage);
      this.stopListening = () => {
        window.removeEventListener('online', online);
        window.removeEventListener('storage', storage);
      };
    }
    void this.flush();
    return () => this.stop();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Sends what is waiting, oldest first; resolves when nothing more can go now. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      do {
        this.again = false;
        await withLock(`steadfast-${this.options.storageKey}`, () => this.sendWaiting());
      } while (this.again);
    })().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async sendWaiting(): Promise<void> {
    for (;;) {
      if (!this.isOnline() || !this.options.canSend()) return;
      // Read again each time: another tab may have sent or changed an item meanwhile.
      const next = this.read().find((i) => i.state === 'waiting');
      if (!next) return this.refresh();
      let response: R;
      try {
        response = await this.options.send(next);
      } catch (error) {
        if (!worthRetrying(error)) {
          this.update((items) => items.map((i) => (i.key === next.key ? { ...i, state: 'refused' } : i)));
          continue;
        }
        const attempts = next.attempts + 1;
        this.update((items) => items.map((i) => (i.key === next.key ? { ...i, attempts } : i)));
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), this.backoff(attempts));
        return;
      }
      // Views show what the server holds first, then drop the waiting copy: no gap between them.
      for (const listener of [...this.sentListeners]) {
        try {
          listener(next, response);
        } catch {
          // A view's trouble must not keep a sent item in the outbox.
        }
      }
      this.update((items) => items.filter((i) => i.key !== next.key));
    }
  }

  private read(): T[] {
    return readLocalCopy(this.options.storageKey, this.isItems) ?? [];
  }

  private update(change: (items: T[]) => T[]): void {
    const next = change(this.read());
    writeLocalCopy(this.options.storageKey, next);
    this.set(next);
  }

  private refresh(): void {
    this.set(this.read());
  }

  private set(next: T[]): void {
    if (JSON.stringify(next) === JSON.stringify(this.items)) return;
    this.items = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Runs `task` holding the device-wide lock of one outbox when the browser has Web Locks, else as it is. */
function withLock(name: string, task: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? locks.request(name, task).then(() => undefined) : task();
}

/** A fresh Idempotency-Key; crypto.randomUUID needs a secure origin, so fall back to random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Untyped on purpose: one tab holds outboxes of several kinds, each typed where it is made.
const outboxes = new WeakMap<QueryClient, Map<string, Outbox<OutboxItemBase, unknown>>>();

/**
 * The tab's one outbox under `storageKey`, made on first use. Once started it keeps listening for
 * the connection to come back after its page is left, so what was kept goes out from any page.
 */
export function deviceOutbox<T extends OutboxItemBase, R>(queryClient: QueryClient, storageKey: string, make: () => Outbox<T, R>): Outbox<T, R> {
  let byKey = outboxes.get(queryClient);
  if (!byKey) outboxes.set(queryClient, (byKey = new Map()));
  let outbox = byKey.get(storageKey) as Outbox<T, R> | undefined;
  if (!outbox) {
    outbox = make();
    byKey.set(storageKey, outbox as unknown as Outbox<OutboxItemBase, unknown>);
  }
  return outbox;
}

/** Stops every outbox of a query client (tests, where each test has its own client). */
export function stopDeviceOutboxes(queryClient: QueryClient): void {
  for (const outbox of outboxes.get(queryClient)?.values() ?? []) outbox.stop();
  outboxes.delete(queryClient);
}
