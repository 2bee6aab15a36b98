import type { FastifyInstance } from 'fastify';
import { CareBalanceQuery, ClientCareBalance, ClientParams, PracticeCareBalance } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getClientCareBalance, getPracticeCareBalance } from './care-balance.service';

const tags = ['care-balance'];

/** The care-contact balance (SPEC §2.6): for one client's care team, and for the practice's admin. */
export async function careBalanceRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/care-balance', {
    schema: {
      tags,
      summary: 'How contact with the client was spread, week by week',
      params: ClientParams,
      querystring: CareBalanceQuery,
      response: { 200: ClientCareBalance },
    },
    config: { access: { client: 'careBalance.read' } },
    handler: async (request) => getClientCareBalance(request.ctx, request.params.clientId, request.query),
  });

  r.get('/api/v1/practice/care-balance', {
    schema: {
      tags,
      summary: 'The practice’s care-contact balance, week by week and per client',
      querystring: CareBalanceQuery,
      response: { 200: PracticeCareBalance },
    },
    config: { access: { practice: 'careBalance.practice' } },
    handler: async (request) => getPracticeCareBalance(request.ctx, request.query),
  });
}
