import type { FastifyInstance } from 'fastify';
import { CrisisLines, ReplaceCrisisLinesBody } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getCrisisLines, replaceCrisisLines } from './crisis-resources.service';

/** The practice's crisis lines: read by everyone signed in, edited by the admin. */
export async function crisisResourceRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/crisis-lines', {
    schema: { tags: ['crisis'], summary: "The practice's crisis lines", response: { 200: CrisisLines } },
    // Crisis lines stay reachable before two-factor set-up: nothing may stand in front of them.
    config: { access: { practice: 'crisisLines.read' }, beforeTotp: true },
    handler: async (request) => getCrisisLines(request.ctx),
  });

  r.put('/api/v1/crisis-lines', {
    schema: { tags: ['crisis'], summary: "Replace the practice's crisis lines", body: ReplaceCrisisLinesBody, response: { 200: CrisisLines } },
    config: { access: { practice: 'crisisLines.manage' } },
    handler: async (request) => replaceCrisisLines(request.ctx, request.body.lines),
  });
}
