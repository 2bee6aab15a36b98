import type { FastifyInstance } from 'fastify';
import { ClientParams, MeasureBody, MeasureList, MeasureListQuery, MeasureResponse, MeasureScheduleBody, MeasuresDue } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getMeasuresDue, listMeasures, recordMeasure, setMeasureSchedule } from './measures.service';

/** PHQ-9 and GAD-7 (SPEC §4): a client answers; clinicians read, schedule, or complete one in session. */
export async function measureRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.post('/api/v1/clients/:clientId/measures', {
    schema: {
      tags: ['measures'],
      summary: 'A completed PHQ-9 or GAD-7: answers 0–3 in published order; clinicians also get the severity band',
      params: ClientParams,
      body: MeasureBody,
      response: { 201: MeasureResponse },
    },
    config: { access: { client: 'measures.write' } },
    handler: async (request, reply) => reply.status(201).send(await recordMeasure(request.ctx, request.params.clientId, request.body)),
  });

  r.get('/api/v1/clients/:clientId/measures', {
    schema: {
      tags: ['measures'],
      summary: "A client's results, oldest first",
      params: ClientParams,
      querystring: MeasureListQuery,
      response: { 200: MeasureList },
    },
    config: { access: { client: 'measures.read' } },
    handler: async (request) => listMeasures(request.ctx, request.params.clientId, request.query),
  });

  r.get('/api/v1/clients/:clientId/measures/due', {
    schema: { tags: ['measures'], summary: 'Scheduled measures open now, and the schedule', params: ClientParams, response: { 200: MeasuresDue } },
    config: { access: { client: 'measures.read' } },
    handler: async (request) => getMeasuresDue(request.ctx, request.params.clientId),
  });

  r.put('/api/v1/clients/:clientId/measures/schedule', {
    schema: {
      tags: ['measures'],
      summary: 'Every N weeks per instrument; a round stays open some days with one reminder',
      params: ClientParams,
      body: MeasureScheduleBody,
      response: { 200: MeasuresDue },
    },
    config: { access: { client: 'checkins.configure' } },
    handler: async (request) => setMeasureSchedule(request.ctx, request.params.clientId, request.body),
  });
}
