import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Deps } from '../../http/context';
import type { SessionIsLive } from '../../http/auth';
import { EVENTS_CHANNEL, eventsAfter, latestSeq, schedulePrune, type StreamEvent } from './realtime.service';
import { canSee, loadVisibility, type PeerAudience, type Visibility } from './realtime.visibility';

export interface HubOptions {
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs: number;
  /** Every this many heartbeats: re-check the session, refresh what the person may see, and poll for missed events. */
  recheckEvery: number;
  /** A longer gap than this is not replayed; the stream says `resync` instead. */
  catchUpLimit: number;
  /** Who belongs to the practice's peer space (from the peer-space module, through app.ts). */
  peerAudience?: PeerAudience;
}

const DEFAULTS: HubOptions = { heartbeatMs: 20_000, recheckEvery: 3, catchUpLimit: 500 };
// A connection that stops reading is dropped rather than buffering without end; it reconnects and catches up.
const MAX_BUFFERED_BYTES = 1_000_000;

/** One open event stream (one browser tab). */
class EventStream {
  lastSeq = 0;
  closed = false;
  private pending: StreamEvent[] | null = [];

  constructor(
    readonly actor: Actor,
    readonly tokenHash: string | undefined,
    public visibility: Visibility,
    private readonly res: ServerResponse,
  ) {}

  /** Live events wait while the catch-up is read, so they arrive after it and in order. */
  offer(event: StreamEvent): void {
    if (this.closed) return;
    if (this.pending) this.pending.push(event);
    else this.deliver(event);
  }

  begin(type: 'ready' | 'resync', seq: number, backlog: StreamEvent[]): void {
    this.lastSeq = seq;
    this.write(`id: ${seq}\ndata: ${JSON.stringify({ type, seq })}\n\n`);
    for (const event of backlog) this.deliver(event);
    const waiting = this.pending ?? [];
    this.pending = null;
    for (const event of waiting) this.deliver(event);
  }

  private refreshes = 0;

  /**
   * Reads again what this person may see, holding live events meanwhile and then delivering them
   * under the new rules: a care-team change (a scope granted, a member ended) shows on an open
   * stream from the change's own event on, not a minute later. Only the latest read counts.
   */
  async refresh(load: () => Promise<Visibility>): Promise<void> {
    if (this.closed) return;
    const generation = ++this.refreshes;
    const holding = this.pending === null;
    if (holding) this.pending = [];
    try {
      const visibility = await load();
      if (generation === this.refreshes) this.visibility = visibility;
    } finally {
      if (holding) {
        const waiting = this.pending ?? [];
        this.pending = null;
        for (const event of waiting) this.deliver(event);
      }
    }
  }

  private deliver(event: StreamEvent): void {
    if (event.seq <= this.lastSeq) return;
    this.lastSeq = event.seq;
    if (!canSee(this.visibility, event)) return;
    const wire = { seq: event.seq, type: event.type, clientId: event.clientId, subjectId: event.subjectId, at: event.at };
    this.write(`id: ${event.seq}\ndata: ${JSON.stringify(wire)}\n\n`);
  }

  comment(text: string): void {
    this.write(`: ${text}\n\n`);
  }

  private write(chunk: string): void {
    if (this.closed) return;
    if (this.res.writableLength > MAX_BUFFERED_BYTES) return this.end();
    this.res.write(chunk);
  }

  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.res.end();
  }
}

/**
 * Fans events out to the open streams of this app server. Every server LISTENs on the same
 * channel, so a send through any server reaches streams on all of them; a periodic poll of the
 * events table covers a NOTIFY lost while the listening connection was down.
 */
export class RealtimeHub {
  private readonly streams = new Set<EventStream>();
  private readonly options: HubOptions;
  private readonly highest = new Map<string, number>();
  private started: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private beats = 0;

  constructor(
    private readonly deps: Deps,
    private readonly sessionIsLive: SessionIsLive,
    options: Partial<HubOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** How many streams are open on this server. */
  get size(): number {
    return this.streams.size;
  }

  /** Takes over the response and streams the caller's events, after replaying those since Last-Event-ID. */
  async open(request: FastifyRequest, reply: FastifyReply, after: number | undefined): Promise<void> {
    await this.ensureStarted();
    const { actor } = request.ctx;
    const visibility = await loadVisibility(this.deps.database.db, actor, this.deps.clock.now(), this.options.peerAudience);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      'x-request-id': request.id,
    });
    res.write('retry: 3000\n\n');
    const stream = new EventStream(actor, request.sessionTokenHash, visibility, res);
    this.streams.add(stream);
    res.on('close', () => {
      stream.closed = true;
      this.streams.delete(stream);
    });
    try {
      await this.catchUp(stream, after);
    } catch (error) {
      request.log.error({ err: error }, 'event stream catch-up failed');
      stream.end();
    }
  }

  private async catchUp(stream: EventStream, after: number | undefined): Promise<void> {
    const { db } = this.deps.database;
    const practiceId = stream.actor.practiceId;
    const latest = await latestSeq(db, practiceId);
    this.highest.set(practiceId, Math.max(this.highest.get(practiceId) ?? 0, latest));
    if (after === undefined || after === latest) return stream.begin('ready', latest, []);
    if (after > latest) return stream.begin('resync', latest, []);
    const backlog = await eventsAfter(db, practiceId, after, this.options.catchUpLimit + 1);
    // Numbers have no gaps, so a first event other than after+1 means the gap was pruned.
    if (backlog.length > this.options.catchUpLimit || backlog[0]?.seq !== after + 1) return stream.begin('resync', latest, []);
    stream.begin('ready', after, backlog);
  }

  private ensureStarted(): Promise<void> {
    this.started ??= (async () => {
      this.unlisten = await this.deps.database.listen(
        EVENTS_CHANNEL,
        (payload) => this.onNotify(payload),
        () => void this.catchUpAfterGap(),
      );
      this.timer = setInterval(() => void this.tick(), this.options.heartbeatMs);
      this.timer.unref();
      await schedulePrune(this.deps.database.db, this.deps.clock.now());
    })();
    return this.started;
  }

  private onNotify(payload: string): void {
    let event: StreamEvent;
    try {
      event = JSON.parse(payload) as StreamEvent;
    } catch {
      return;
    }
    this.dispatch(event);
  }

  private dispatch(event: StreamEvent): void {
    this.highest.set(event.practiceId, Math.max(this.highest.get(event.practiceId) ?? 0, event.seq));
    for (const stream of this.streams) {
      if (stream.actor.practiceId !== event.practiceId) continue;
      // Held before the event is offered, so the change's own event is judged by the new rules.
      if (event.type === 'careTeam.changed') void this.refreshVisibility(stream);
      // Joining, a suspension or being named a moderator is told to that person alone: their streams start (or stop) showing the space.
      if (event.type === 'peer.changed' && event.userId === stream.actor.userId) void this.refreshVisibility(stream);
      stream.offer(event);
    }
  }

  private async refreshVisibility(stream: EventStream): Promise<void> {
    try {
      await stream.refresh(() => loadVisibility(this.deps.database.db, stream.actor, this.deps.clock.now(), this.options.peerAudience));
    } catch (error) {
      this.deps.log.error({ err: error }, 'event stream visibility refresh failed');
    }
  }

  private async tick(): Promise<void> {
    this.beats += 1;
    for (const stream of this.streams) stream.comment('keep-alive');
    if (this.beats % this.options.recheckEvery !== 0) return;
    try {
      await this.recheckStreams();
      await this.pollMissed();
    } catch (error) {
      this.deps.log.error({ err: error }, 'event stream recheck failed');
    }
  }

  /** A revoked session ends its streams; a changed care team or on-call shift changes what they show. */
  private async recheckStreams(): Promise<void> {
    const { db } = this.deps.database;
    const now = this.deps.clock.now();
    for (const stream of [...this.streams]) {
      if (stream.closed) continue;
      if (stream.tokenHash && !(await this.sessionIsLive(this.deps, stream.tokenHash, now))) {
        stream.end();
        continue;
      }
      await stream.refresh(() => loadVisibility(db, stream.actor, now, this.options.peerAudience));
    }
  }

  /** The listening connection was lost and is back: read what was sent meanwhile from the table. */
  private async catchUpAfterGap(): Promise<void> {
    try {
      await this.pollMissed();
    } catch (error) {
      this.deps.log.error({ err: error }, 'event stream catch-up after a lost connection failed');
    }
  }

  private async pollMissed(): Promise<void> {
    const practices = new Set([...this.streams].map((s) => s.actor.practiceId));
    for (const practiceId of practices) {
      const missed = await eventsAfter(this.deps.database.db, practiceId, this.highest.get(practiceId) ?? 0, this.options.catchUpLimit);
      for (const event of missed) this.dispatch(event);
    }
  }

  /** Ends every stream (the browsers reconnect to another server) and stops listening. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    await this.unlisten?.();
  }
}
