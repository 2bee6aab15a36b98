import type { FastifyInstance } from 'fastify';
import {
  AbsenceList,
  AbsenceSetView,
  AgreementResponse,
  AppointmentRequestsAllowed,
  ClientParams,
  IdParams,
  Ok,
  ProposeAgreementBody,
  SetAbsenceBody,
  SignAgreementBody,
} from '@steadfast/contracts';
import { z } from 'zod';
import { typed } from '../../http/route';
import { cancelAbsence, listMyAbsences, setAbsence } from './agreements.absences';
import { getAgreement, proposeAgreement, readAppointmentRequestRule, signAgreement, startTwentyFourHourRule } from './agreements.service';

/** The contact agreement (SPEC §2.3): read, propose a change, sign; a clinician's absences with their cover. */
export async function agreementRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['agreements'];

  r.get('/api/v1/clients/:clientId/agreement', {
    schema: {
      tags,
      summary: 'The agreement in force, a proposed change beside it, absences ahead and who covers now',
      params: ClientParams,
      response: { 200: AgreementResponse },
    },
    config: { access: { client: 'agreement.read' } },
    handler: async (request) => getAgreement(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/agreement/proposals', {
    schema: {
      tags,
      summary: 'Propose a new version, signed by the proposer; it replaces an unsigned proposal',
      params: ClientParams,
      body: ProposeAgreementBody,
      response: { 201: AgreementResponse },
    },
    config: { access: { client: 'agreement.sign' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send(await proposeAgreement(request.ctx, request.params.clientId, request.body.terms)),
  });

  r.post('/api/v1/clients/:clientId/agreement/sign', {
    schema: {
      tags,
      summary: 'Sign the proposed version; in force once both have signed. 409 when the version is not the current proposal',
      params: ClientParams,
      body: SignAgreementBody,
      response: { 200: AgreementResponse },
    },
    config: { access: { client: 'agreement.sign' }, refuses: ['conflict'] },
    handler: async (request) => signAgreement(request.ctx, request.params.clientId, request.body.version),
  });

  r.get('/api/v1/clients/:clientId/agreement/appointment-requests', {
    schema: {
      tags,
      summary: 'Whether an appointment request is allowed now; when not, the agreed words and the routes open',
      params: ClientParams,
      response: { 200: AppointmentRequestsAllowed.extend({ minNoticeHours: z.number().int() }) },
    },
    config: { access: { client: 'agreement.read' } },
    handler: async (request) => readAppointmentRequestRule(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/agreement/twenty-four-hour-rule', {
    schema: {
      tags,
      summary: 'Apply the agreed 24-hour rule from now (409 when the agreement does not include it)',
      params: ClientParams,
      response: { 200: AgreementResponse },
    },
    config: { access: { client: 'agreement.pause' }, refuses: ['conflict'] },
    handler: async (request) => startTwentyFourHourRule(request.ctx, request.params.clientId),
  });

  r.get('/api/v1/me/absences', {
    schema: { tags, summary: 'The caller’s absences, now and ahead', response: { 200: AbsenceList } },
    config: { access: { practice: 'absences.manage' } },
    handler: async (request) => ({ absences: await listMyAbsences(request.ctx) }),
  });

  r.post('/api/v1/me/absences', {
    schema: {
      tags,
      summary: 'Set an absence with a named cover; the caller’s clients are told at once',
      body: SetAbsenceBody,
      response: { 201: AbsenceSetView },
    },
    config: { access: { practice: 'absences.manage' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send(await setAbsence(request.ctx, request.body)),
  });

  r.delete('/api/v1/me/absences/:id', {
    schema: { tags, summary: 'Cancel one of the caller’s absences', params: IdParams, response: { 200: Ok } },
    config: { access: { practice: 'absences.manage' } },
    handler: async (request) => {
      await cancelAbsence(request.ctx, request.params.id);
      return { ok: true as const };
    },
  });
}
