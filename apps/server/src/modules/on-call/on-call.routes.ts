import type { FastifyInstance } from 'fastify';
import { IdParams, Ok, OnCallNowView, ShiftBody, ShiftList, ShiftListQuery, ShiftView } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { createShift, deleteShift, endShiftNow, getOnCallNow, listRota, updateShift } from './on-call.service';

/** The on-call rota (SPEC §2.9): clinicians and admins read it, the admin edits it. */
export async function onCallRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/on-call/now', {
    schema: { tags: ['on-call'], summary: 'Who is on call now, and the escalation windows', response: { 200: OnCallNowView } },
    config: { access: { practice: 'onCall.view' } },
    handler: async (request) => getOnCallNow(request.ctx),
  });

  r.get('/api/v1/on-call/shifts', {
    schema: { tags: ['on-call'], summary: 'The rota: shifts that touch [from, to)', querystring: ShiftListQuery, response: { 200: ShiftList } },
    config: { access: { practice: 'onCall.view' } },
    handler: async (request) => listRota(request.ctx, request.query),
  });

  r.post('/api/v1/on-call/shifts', {
    schema: { tags: ['on-call'], summary: 'Add a shift; 409 when it overlaps another', body: ShiftBody, response: { 201: ShiftView } },
    config: { access: { practice: 'onCall.manage' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send(await createShift(request.ctx, request.body)),
  });

  r.put('/api/v1/on-call/shifts/:id', {
    schema: {
      tags: ['on-call'],
      summary: 'Change a shift; an ended shift is kept as it was (409)',
      params: IdParams,
      body: ShiftBody,
      response: { 200: ShiftView },
    },
    config: { access: { practice: 'onCall.manage' }, refuses: ['conflict'] },
    handler: async (request) => updateShift(request.ctx, request.params.id, request.body),
  });

  r.post('/api/v1/on-call/shifts/:id/end', {
    schema: { tags: ['on-call'], summary: 'End a shift under way now', params: IdParams, response: { 200: ShiftView } },
    config: { access: { practice: 'onCall.manage' }, refuses: ['conflict'] },
    handler: async (request) => endShiftNow(request.ctx, request.params.id),
  });

  r.delete('/api/v1/on-call/shifts/:id', {
    schema: { tags: ['on-call'], summary: 'Delete a shift that has not started', params: IdParams, response: { 200: Ok } },
    config: { access: { practice: 'onCall.manage' }, refuses: ['conflict'] },
    handler: async (request) => {
      await deleteShift(request.ctx, request.params.id);
      return { ok: true as const };
    },
  });
}
