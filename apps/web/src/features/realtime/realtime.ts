import { realtimeEventTypes, type RealtimeEventType } from '@steadfast/contracts';
import { startTransition, useEffect, useRef, useState } from 'react';
import { forgetServerAnswers, serverEventSeq } from '../../app/server-page';

/**
 * What a view hears from the event stream (`GET /api/v1/events`, Server-Sent Events): that
 * something changed (ids only, never content), or `resync`: anything shown may be stale, so
 * fetch it again. `resync` also comes on every (re)connection, which closes the gap between a
 * view's first fetch and the stream being open; except on the first connection of a page the
 * server gave its answers with (a client's home), which resumes after the event the server had
 * reached before reading them: the server replays what followed, or says `resync` itself.
 */
export type RealtimeNotice = { type: RealtimeEventType; clientId: string | null; subjectId: string } | { type: 'resync' };

type Listener = (notice: RealtimeNotice) => void;

const PATH = '/api/v1/events';
const MAX_RETRY_MS = 60_000;

/**
 * One stream per tab, shared by every view that listens and closed when none does. The browser
 * reconnects by itself with Last-Event-ID and the server replays what was missed; when the
 * browser gives up (a refused answer, e.g. after the session expired), this opens a new stream
 * with `?after=` the last event seen, waiting longer each time.
 */
class EventStreamConnection {
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<() => void>();
  private source: EventSource | undefined;
  private lastSeq: number | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = 1_000;
  connected = false;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    // Opened in a task of its own: the first listeners subscribe in the effects of the app's first
    // commit, already the longest task of a slow phone's start (issue 22). close() cancels it.
    if (this.listeners.size === 1) this.retryTimer = setTimeout(() => this.open(), 0);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  private open(): void {
    if (typeof EventSource === 'undefined') return;
    const fromPage = this.lastSeq === undefined ? serverEventSeq() : undefined;
    const after = this.lastSeq ?? fromPage;
    const source = new EventSource(after === undefined ? PATH : `${PATH}?after=${after}`);
    this.source = source;
    let caughtUpByServer = fromPage !== undefined;
    source.onopen = () => {
      this.retryMs = 1_000;
      this.setConnected(true);
      if (caughtUpByServer) caughtUpByServer = false;
      else this.emit({ type: 'resync' });
    };
    source.onmessage = (event: MessageEvent<string>) => this.receive(event.data);
    source.onerror = () => {
      this.setConnected(false);
      if (source.readyState !== EventSource.CLOSED) return;
      source.close();
      this.retryTimer = setTimeout(() => this.open(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    };
  }

  private receive(data: string): void {
    let parsed: { seq?: unknown; type?: unknown; clientId?: unknown; subjectId?: unknown };
    try {
      parsed = JSON.parse(data) as typeof parsed;
    } catch {
      return;
    }
    if (typeof parsed.seq === 'number') this.lastSeq = parsed.seq;
    if (parsed.type === 'resync') return this.emit({ type: 'resync' });
    if (!realtimeEventTypes.includes(parsed.type as RealtimeEventType)) return;
    this.emit({
      type: parsed.type as RealtimeEventType,
      clientId: typeof parsed.clientId === 'string' ? parsed.clientId : null,
      subjectId: typeof parsed.subjectId === 'string' ? parsed.subjectId : '',
    });
  }

  private emit(notice: RealtimeNotice): void {
    // Something may have changed: the server's answers with the page no longer stand in for the API.
    forgetServerAnswers();
    for (const listener of [...this.listeners]) listener(notice);
  }

  private setConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    for (const listener of [...this.statusListeners]) listener();
  }

  /** The views that listened are gone; the next one fetches afresh, so nothing needs replaying. */
  private close(): void {
    clearTimeout(this.retryTimer);
    this.source?.close();
    this.source = undefined;
    this.lastSeq = undefined;
    this.retryMs = 1_000;
    this.setConnected(false);
  }
}

const connection = new EventStreamConnection();

/**
 * Listens on the tab's event stream while the calling view is open. Returns whether the stream
 * is connected now, so a view can poll instead while it is not and never be silently stale.
 */
export function useRealtimeEvents(listener: Listener): boolean {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => connection.subscribe((notice) => latest.current(notice)), []);
  const [connected, setConnected] = useState(connection.connected);
  useEffect(() => {
    // A transition: the stream opening re-draws every view that listens (the whole of a client's
    // home), which React then does in slices a tap can come between, not in one piece (issue 22).
    const follow = () => startTransition(() => setConnected(connection.connected));
    follow();
    return connection.subscribeStatus(follow);
  }, []);
  return connected;
}
