import type { FastifyInstance } from 'fastify';
import { ClientParams, TimelinePage, TimelineQuery } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { clientTimeline } from './timeline.service';

/** A client's timeline for their care team: every module's entries, newest first, paged. */
export async function timelineRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/timeline', {
    schema: {
      tags: ['timeline'],
      summary: "A client's history for their care team, newest first, paged by cursor",
      params: ClientParams,
      querystring: TimelineQuery,
      response: { 200: TimelinePage },
    },
    config: { access: { client: 'timeline.read' } },
    handler: async (request) => clientTimeline(request.ctx, request.params.clientId, request.query),
  });
}
