import type { FastifyInstance } from 'fastify';
import { ClientParams, ClientProfile } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getClientProfile } from './care-teams.service';

/** One client's profile with their care team. */
export async function careTeamRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId', {
    schema: { tags: ['care-teams'], summary: 'A client and their care team', params: ClientParams, response: { 200: ClientProfile } },
    config: { access: { client: 'client.view' } },
    handler: async (request) => getClientProfile(request.ctx, request.params.clientId),
  });
}
