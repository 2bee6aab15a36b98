import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, practiceId } from '../../db/columns';
import { practices } from '../practices/practices.tables';

/**
 * What changed, for open views to refetch: ids only, never content. Each practice numbers its
 * events 1, 2, 3 … without gaps, in commit order: a deferred trigger (migration
 * realtime_event_numbering) takes the number and sends the NOTIFY at commit, under the
 * practice's realtime_sequences row lock, which is held while the commit completes. So a stream
 * that resumes after the last number it saw (Last-Event-ID) misses nothing. The price: commits of
 * one practice that publish events wait for each other's commit to reach the disk, which caps one
 * practice at a few hundred sends a second (bench/messages). Kept for a week (realtime.prune).
 */
export const realtimeEvents = pgTable(
  'realtime_events',
  {
    practiceId: practiceId(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    /** Null only inside the writing transaction; the commit-time trigger sets it. */
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
    check('realtime_events_seq_positive', sql`${t.seq} > 0`),
    check('realtime_events_has_audience', sql`${t.clientId} is not null or ${t.userId} is not null`),
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
