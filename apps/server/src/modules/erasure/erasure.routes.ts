import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ClientParams, ErasureRequestList, ErasureView } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { confirmErasure, getErasure, listErasureRequests, requestErasure, withdrawErasure } from './erasure.service';

const tags = ['erasure'];
const Empty = z.strictObject({});

/** Erasure of a client's record under the practice's retention rule (SPEC §2.12, issue 18). */
export async function erasureRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/erasure', {
    schema: {
      tags,
      summary:
        "The client's erasure: their request, and what erasing would remove, pseudonymise and keep under the retention rule (computed by the erasure itself, rolled back), or what it did",
      params: ClientParams,
      response: { 200: ErasureView },
    },
    config: { access: { client: 'erasure.read' } },
    handler: async (request) => getErasure(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/erasure/request', {
    schema: {
      tags,
      summary: '"Please erase my record", from the client: the practice admin sees it with its preview. Asking again answers the same request',
      params: ClientParams,
      body: Empty,
      response: { 200: ErasureView },
    },
    config: { access: { client: 'erasure.request' } },
    handler: async (request) => requestErasure(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/erasure/withdraw', {
    schema: {
      tags,
      summary: 'The client changes their mind before the request is carried out: it is withdrawn, and the admin no longer sees it (409 with nothing to withdraw, or once erased)',
      params: ClientParams,
      body: Empty,
      response: { 200: ErasureView },
    },
    config: { access: { client: 'erasure.withdraw' }, refuses: ['conflict'] },
    handler: async (request) => withdrawErasure(request.ctx, request.params.clientId),
  });
  r.post('/api/v1/clients/:clientId/erasure/confirm', {
    schema: {
      tags,
      summary:
        "The admin carries out the client's request: what the retention rule keeps is kept, the rest removed or pseudonymised, the client told by e-mail. Again: nothing more changes (409 with no request)",
      params: ClientParams,
      body: Empty,
      response: { 200: ErasureView },
    },
    config: { access: { client: 'erasure.confirm' }, refuses: ['conflict'] },
    handler: async (request) => confirmErasure(request.ctx, request.params.clientId),
  });

  r.get('/api/v1/erasure-requests', {
    schema: { tags, summary: "The practice's erasure requests, open ones first (admin)", response: { 200: ErasureRequestList } },
    config: { access: { practice: 'erasure.view' } },
    handler: async (request) => ({ requests: await listErasureRequests(request.ctx) }),
  });
}
