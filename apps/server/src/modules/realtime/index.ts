/** The event log and the SSE stream: a change publishes its event (ids only) in its own transaction. */
export { realtimeRoutes } from './realtime.routes';
export type { PeerAudience } from './realtime.visibility';
export {
  addEventRows,
  eventsAfter,
  latestSeq,
  type EventValues,
  eventValues,
  eventValuesType,
  type NewEvent,
  publishEvent,
  publishEvents,
  realtimePruneJob,
} from './realtime.service';
