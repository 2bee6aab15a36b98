import { messageIntents, type MessageIntent, type SendMessageResponse } from '@steadfast/contracts';
import { isApiError } from '../../app/api';
import { is, readLocalCopy, writeLocalCopy } from '../../app/local-copy';

/**
 * A message on its way: kept on the device from the moment Send is pressed until the server has
 * answered, so nothing typed is lost to a dropped connection, a closed tab or a reload.
 */
export interface OutboxItem {
  /** The Idempotency-Key, made once when the message was composed and the same on every retry. */
  key: string;
  clientId: string;
  /** A client's choice; null on a clinician's reply. */
  intent: MessageIntent | null;
  body: string;
  createdAt: string;
  /** 'waiting' goes out on its own; 'refused' was turned down by the server (not the network) and waits for the person. */
  state: 'waiting' | 'refused';
  attempts: number;
}

export type NewOutboxItem = Pick<OutboxItem, 'key' | 'clientId' | 'intent' | 'body'>;

export interface OutboxOptions {
  /** localStorage key (below "steadfast."), one per person, so nobody else's device session sends it. */
  storageKey: string;
  send: (item: OutboxItem) => Promise<SendMessageResponse>;
  /** False while someone else, or nobody, is signed in: the items wait for their author. */
  canSend: () => boolean;
  isOnline?: () => boolean;
  /** Wait before retry number `attempts` (1, 2, …). */
  backoff?: (attempts: number) => number;
}

export type SentListener = (item: OutboxItem, response: SendMessageResponse) => void;

const intents: readonly unknown[] = messageIntents;

const isItem = (v: unknown): v is OutboxItem =>
  is.record(v) &&
  is.string(v.key) &&
  is.string(v.clientId) &&
  (v.intent === null || intents.includes(v.intent)) &&
  is.string(v.body) &&
  is.string(v.createdAt) &&
  (v.state === 'waiting' || v.state === 'refused') &&
  typeof v.attempts === 'number';
const isItems = is.arrayOf(isItem);

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
 * The device's outbox. Items go out one at a time, oldest first; each is removed only after the
 * server answered for it, and every retry carries the same key, so the server stores it once.
 * Tabs share the storage; a Web Lock (where the browser has one) keeps two tabs from sending
 * the same item at the same moment, and the key makes even that harmless.
 */
export class Outbox {
  private items: readonly OutboxItem[];
  private readonly listeners = new Set<() => void>();
  private readonly sentListeners = new Set<SentListener>();
  private readonly isOnline: () => boolean;
  private readonly backoff: (attempts: number) => number;
  private flushing: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | undefined;

  constructor(private readonly options: OutboxOptions) {
    this.isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.backoff = options.backoff ?? defaultBackoff;
    this.items = this.read();
  }

  /** The items as last read; the same array until something changes (for useSyncExternalStore). */
  snapshot = (): readonly OutboxItem[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onSent(listener: SentListener): () => void {
    this.sentListeners.add(listener);
    return () => this.sentListeners.delete(listener);
  }

  /** Keeps the message first, then tries to send it. */
  add(item: NewOutboxItem): void {
    const entry: OutboxItem = { ...item, createdAt: new Date().toISOString(), state: 'waiting', attempts: 0 };
    this.update((items) => (items.some((i) => i.key === item.key) ? items : [...items, entry]));
    void this.flush();
  }

  /** A refused item, sent again as it is. */
  retry(key: string): void {
    this.update((items) => items.map((i) => (i.key === key ? { ...i, state: 'waiting', attempts: 0 } : i)));
    void this.flush();
  }

  /** Takes an item out without sending it (the person moved its words back into the message box). */
  take(key: string): OutboxItem | undefined {
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
        await withLock(() => this.sendWaiting());
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
      let response: SendMessageResponse;
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
      // The thread shows the sent message first, then drops the waiting copy: no gap between them.
      for (const listener of [...this.sentListeners]) {
        try {
          listener(next, response);
        } catch {
          // A view's trouble must not keep a sent message in the outbox.
        }
      }
      this.update((items) => items.filter((i) => i.key !== next.key));
    }
  }

  private read(): OutboxItem[] {
    return readLocalCopy(this.options.storageKey, isItems) ?? [];
  }

  private update(change: (items: OutboxItem[]) => OutboxItem[]): void {
    const next = change(this.read());
    writeLocalCopy(this.options.storageKey, next);
    this.set(next);
  }

  private refresh(): void {
    this.set(this.read());
  }

  private set(next: OutboxItem[]): void {
    if (JSON.stringify(next) === JSON.stringify(this.items)) return;
    this.items = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Runs `task` holding the device-wide outbox lock when the browser has Web Locks, else as it is. */
function withLock(task: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? locks.request('steadfast-outbox', task).then(() => undefined) : task();
}

/** A fresh Idempotency-Key; crypto.randomUUID needs a secure origin, so fall back to random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
