import type { FastifyInstance } from 'fastify';
import { EscalationWindowsBody, EscalationWindowsView } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getEscalationWindows, replaceEscalationWindows } from './escalation-windows.service';

/** The practice's escalation windows (SPEC §2.9): the admin reads and edits them; clinicians see them on the rota. */
export async function escalationWindowRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/practice/escalation-windows', {
    schema: { tags: ['practice'], summary: "The practice's escalation windows per risk level", response: { 200: EscalationWindowsView } },
    config: { access: { practice: 'escalationWindows.manage' } },
    handler: async (request) => getEscalationWindows(request.ctx),
  });

  r.put('/api/v1/practice/escalation-windows', {
    schema: {
      tags: ['practice'],
      summary: 'Change the escalation windows for flags raised from now on; running ladders keep theirs',
      body: EscalationWindowsBody,
      response: { 200: EscalationWindowsView },
    },
    config: { access: { practice: 'escalationWindows.manage' } },
    handler: async (request) => replaceEscalationWindows(request.ctx, request.body),
  });
}
