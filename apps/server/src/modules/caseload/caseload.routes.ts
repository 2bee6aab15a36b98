import type { FastifyInstance } from 'fastify';
import { Caseload } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getCaseload } from './caseload.service';

/** The clinician's caseload: every client of theirs with each module's signals. */
export async function caseloadRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients', {
    schema: { tags: ['caseload'], summary: "A clinician's caseload with its signals", response: { 200: Caseload } },
    config: { access: { practice: 'caseload.view' } },
    handler: async (request) => ({ clients: await getCaseload(request.ctx) }),
  });
}
