import { z } from 'zod';
import { IsoDateTime } from './common';

/**
 * What a client's timeline holds (issue 17, SPEC §2.8): one kind per source module, each shown to a
 * member of the care team only when their access includes it (a GP without the `messages` scope
 * sees no messages here either).
 */
export const timelineKinds = [
  'message',
  'checkin',
  'measure',
  'flag',
  'flag_acknowledged',
  'appointment',
  'appointment_request',
  'safety_plan',
  'okay_plan',
  'agreement',
  'caring_contact',
  'clinical_note',
  'care_team',
  'handover',
  'discharge',
] as const;
export const TimelineKind = z.enum(timelineKinds);
export type TimelineKind = z.infer<typeof TimelineKind>;

export const TimelineEntry = z.object({
  /** Unique across the timeline: the kind and the source row's id. */
  key: z.string(),
  kind: TimelineKind,
  at: IsoDateTime,
  /** A line that says what happened, e.g. "Sam wrote (‘soon’)". */
  title: z.string(),
  /** A little more where it helps (the start of a message, a mood, a score); never a risk label for the client. */
  detail: z.string().nullable(),
  /** Where the entry's detail is in the app, e.g. `/flags/…`. */
  link: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** An opaque place in the timeline: where the next, older page begins. */
export const TimelineCursor = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'a cursor from an earlier page');

export const TimelineQuery = z.strictObject({
  /** Comma-separated kinds to show; all the caller may see when absent. */
  kinds: z
    .string()
    .max(300)
    .regex(new RegExp(`^(${timelineKinds.join('|')})(,(${timelineKinds.join('|')}))*$`), `Kinds, comma-separated, from: ${timelineKinds.join(', ')}.`)
    .optional(),
  before: TimelineCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelinePage = z.object({
  entries: z.array(TimelineEntry),
  /** Pass as `before` for the next, older page; null at the beginning of the record. */
  nextCursor: TimelineCursor.nullable(),
  /** The kinds this caller may see for this client, for the filter. */
  kinds: z.array(TimelineKind),
});
export type TimelinePage = z.infer<typeof TimelinePage>;
