import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { TimelineEntry, TimelineKind } from '@steadfast/contracts';
import type { Db } from '../db/database';
import type { ClientAction } from './rules';

/** Where a page of the timeline ends: entries strictly older than this (time, then key), newest first. */
export interface TimelineWindow {
  before: { at: string; key: string } | null;
  limit: number;
  /** Entries dated by a time still to come (a session booked ahead) wait until it has passed. */
  now: Date;
}

/**
 * What a domain module contributes to a client's timeline (issue 17): its entries, newest first,
 * strictly before the window's place, at most `limit` of them, in one query. Each module exports
 * one beside its caseload signal; `modules/timeline` lists them and shows a source only to a
 * caller whose access allows its `action`.
 */
export interface TimelineSource {
  kinds: readonly TimelineKind[];
  action: ClientAction;
  read(db: Db, practiceId: string, clientId: string, window: TimelineWindow, kinds: ReadonlySet<TimelineKind>): Promise<TimelineEntry[]>;
}

/**
 * An entry's time to the microsecond, as text: a page's place must be exact, or two entries a
 * fraction of a millisecond apart could be skipped or shown twice across pages.
 */
export function timelineAt(column: AnyColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** An entry's key, "kind:id", compared byte by byte ("C") so the database orders keys as the merge does. */
export function timelineKey(kind: TimelineKind, id: AnyColumn | SQL): SQL<string> {
  return sql<string>`(${kind + ':'} || ${id}::text) collate "C"`;
}

/** The window's condition on a source's (time, key): strictly older than the page's place. */
export function olderThan(window: TimelineWindow, at: AnyColumn | SQL, kind: TimelineKind, id: AnyColumn | SQL): SQL {
  if (!window.before) return sql`true`;
  return sql`(${at}, ${timelineKey(kind, id)}) < (${window.before.at}::timestamptz, ${window.before.key} collate "C")`;
}

/** Newest first, ties by key, as the merge orders. */
export function newestFirst(at: AnyColumn | SQL, kind: TimelineKind, id: AnyColumn | SQL): SQL {
  return sql`${at} desc, ${timelineKey(kind, id)} desc`;
}

/** Orders entries as every source does: time, then key, both descending. */
export function compareTimeline(a: TimelineEntry, b: TimelineEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}
