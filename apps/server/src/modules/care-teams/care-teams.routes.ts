import type { FastifyInstance } from 'fastify';
import { Caseload, ClientParams, ClientProfile } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getClientProfile } from './care-teams.service';
import { getCaseload } from './caseload.service';

/** The clinician's caseload and one client's profile with their care team. */
export async function careTeamRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients', {
    schema: { tags: ['care-teams'], summary: "A clinician's caseload with its signals", response: { 200: Caseload } },
    config: { access: { practice: 'caseload.view' } },
    handler: async (request) => ({ clients: await getCaseload(request.ctx) }),
  });

  r.get('/api/v1/clients/:clientId', {
    schema: { tags: ['care-teams'], summary: 'A client and their care team', params: ClientParams, response: { 200: ClientProfile } },
    config: { access: { client: 'client.view' } },
    handler: async (request) => getClientProfile(request.ctx, request.params.clientId),
  });
}
