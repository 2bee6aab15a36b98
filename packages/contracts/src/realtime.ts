import { z } from 'zod';
import { Id } from './common';
import { realtimeEventTypes } from './realtime-events';

export { realtimeEventTypes } from './realtime-events';

/**
 * What the server pushes on `GET /api/v1/events` (Server-Sent Events). Events carry ids only,
 * never content or risk: a view that receives one refetches what it shows through the API.
 */
export const RealtimeEventType = z.enum(realtimeEventTypes);
export type RealtimeEventType = z.infer<typeof RealtimeEventType>;

export const RealtimeEvent = z.object({
  /** Per-practice sequence number; also the SSE `id`, sent back as `Last-Event-ID` on reconnect. */
  seq: z.number().int(),
  type: RealtimeEventType,
  clientId: Id.nullable(),
  subjectId: z.string(),
  at: z.string(),
});
export type RealtimeEvent = z.infer<typeof RealtimeEvent>;

/**
 * Stream control: `ready` opens every stream with the latest sequence number; `resync` says the
 * gap since `Last-Event-ID` was too long to replay, so refetch everything shown.
 */
export const RealtimeControl = z.object({ type: z.enum(['ready', 'resync']), seq: z.number().int() });
export type RealtimeControl = z.infer<typeof RealtimeControl>;

export const EventStreamQuery = z.strictObject({
  /** For clients that cannot set the Last-Event-ID header: resume after this sequence number. */
  after: z.coerce.number().int().min(0).optional(),
});
