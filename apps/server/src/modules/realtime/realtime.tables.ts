import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, practiceId } from '../../db/columns';
import { practices } from '../practices/practices.tables';

/**
 * What changed, for open views to refetch: ids only, never content. Each practice numbers its
 * events 1, 2, 3 … without gaps, in the order the numbers become visible: a send only inserts its
 * rows (seq null); the sequencer of any app server (realtime.sequencer) numbers them just after
 * the commit, under the practice's realtime_sequences row lock, and announces them with NOTIFY.
 * So a stream that resumes after the last number it saw (Last-Event-ID) misses nothing, and sends
 * never wait for each other. An urgent event (a raised flag, an escalation step) is inserted with
 * seq 0 and numbered at once under the same lock by a trigger, in its writer's own commit
 * (migration realtime_urgent_numbered_in_commit). Kept for a week (realtime.prune).
 */
export const realtimeEvents = pgTable(
  'realtime_events',
  {
    practiceId: practiceId(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    /** Null from the insert until the sequencer numbers the row, a moment after its commit. */
    seq: bigint('seq', { mode: 'number' }),
    type: text('type').notNull(),
    /** The client the event is about; streams filter on it by the caller's access. */
    clientId: uuid('client_id'),
    /** Set when the event is for one person only (their notifications). */
    userId: uuid('user_id'),
    subjectId: text('subject_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('realtime_events_seq_unique').on(t.practiceId, t.seq),
    index('realtime_events_created_idx').on(t.createdAt),
    // What the sequencer looks for on every wake and sweep: small, since rows leave it once numbered.
    index('realtime_events_unnumbered_idx')
      .on(t.practiceId, t.id)
      .where(sql`${t.seq} is null`),
    check('realtime_events_seq_positive', sql`${t.seq} > 0`),
    // Peer-space events name no client (that would tell members who wrote what): their audience is the space's members.
    check('realtime_events_has_audience', sql`${t.clientId} is not null or ${t.userId} is not null or ${t.type} like 'peer.%'`),
  ],
);

/** The last event number per practice. */
export const realtimeSequences = pgTable(
  'realtime_sequences',
  {
    practiceId: uuid('practice_id')
      .primaryKey()
      .references(() => practices.id),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('realtime_sequences_non_negative', sql`${t.lastSeq} >= 0`)],
);
