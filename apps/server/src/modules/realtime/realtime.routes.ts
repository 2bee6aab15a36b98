import type { FastifyInstance } from 'fastify';
import { EventStreamQuery } from '@steadfast/contracts';
import { z } from 'zod';
import type { SessionIsLive } from '../../http/auth';
import type { Deps } from '../../http/context';
import { typed } from '../../http/route';
import { RealtimeHub, type HubOptions } from './realtime.hub';
import { EventSequencer } from './realtime.sequencer';

/** A reconnecting EventSource sends the last id it saw; anything else is ignored (lastEventId below), never refused. */
const EventStreamHeaders = z.object({
  'last-event-id': z.string().max(200).optional().describe('Resume after this event id (sent by EventSource when it reconnects)'),
});

/** The event stream: `GET /api/v1/events` as Server-Sent Events, resuming after Last-Event-ID. */
export async function realtimeRoutes(app: FastifyInstance, deps: Deps, sessionIsLive: SessionIsLive, options: Partial<HubOptions> = {}) {
  const hub = new RealtimeHub(deps, sessionIsLive, options);
  // Every app server numbers events, streams open or not: a server that wrote events may die before numbering them.
  // On a connection of its own: numbering never queues behind a burst of requests for the shared pool.
  const sequencerDatabase = deps.database.ownPool(1);
  const sequencer = new EventSequencer(sequencerDatabase, deps.log);
  app.addHook('onReady', async () => sequencer.start());
  app.addHook('preClose', async () => hub.stop());
  app.addHook('onClose', async () => {
    await sequencer.stop();
    await sequencerDatabase.close();
  });
  const r = typed(app);

  r.get('/api/v1/events', {
    schema: {
      tags: ['realtime'],
      summary: 'Server-Sent Events: what changed in the conversations, flags and notifications the caller may see (ids only)',
      querystring: EventStreamQuery,
      headers: EventStreamHeaders,
      produces: ['text/event-stream'],
      response: { 200: z.string().describe('Server-Sent Events: `id:` (a sequence number to resume after), `event:` and `data:` (JSON with ids) per event') },
    },
    config: { access: { signedIn: true } },
    handler: async (request, reply) => {
      await hub.open(request, reply, lastEventId(request.headers['last-event-id']) ?? request.query.after);
    },
  });
}

function lastEventId(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}
