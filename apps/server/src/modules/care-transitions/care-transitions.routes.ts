import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CareTransitionsView,
  ClientDischargeParams,
  ClientHandoverParams,
  ClientParams,
  DischargeResponse,
  HandoverDraft,
  HandoverIntroductionBody,
  HandoverParams,
  HandoverResponse,
  PlanDischargeBody,
  ReentryRequestBody,
  ReentryRequestList,
  ReentryRequestResponse,
  StartHandoverBody,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { cancelDischarge, listReentryRequests, planDischarge, requestReentry, welcomeBack } from './care-transitions.discharge';
import { cancelHandover, finishHandover, getIncomingHandover, startHandover, writeIntroduction } from './care-transitions.handover';
import { getHandoverDraft, getTransitions } from './care-transitions.service';

const tags = ['care-transitions'];
const Empty = z.strictObject({});

/** Care transitions (SPEC §2.10): handovers with an overlap, planned discharges, and the way back in. */
export async function careTransitionRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/transitions', {
    schema: {
      tags,
      summary: "The client's handovers (the transfer summary for the treating clinicians and the admin only), discharge and re-entry requests",
      params: ClientParams,
      response: { 200: CareTransitionsView },
    },
    config: { access: { client: 'transitions.read' } },
    handler: async (request) => getTransitions(request.ctx, request.params.clientId),
  });

  r.get('/api/v1/clients/:clientId/handovers/draft', {
    schema: {
      tags,
      summary: 'A transfer summary compiled now from the plans, agreement, measures and flags, to edit; the clinicians to choose from',
      params: ClientParams,
      response: { 200: HandoverDraft },
    },
    config: { access: { client: 'transitions.manage' } },
    handler: async (request) => getHandoverDraft(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/handovers', {
    schema: {
      tags,
      summary:
        'Hand the client over: both clinicians on the team during the overlap, the new one primary from its end; the client and the new clinician are told (409 when one is planned already)',
      params: ClientParams,
      body: StartHandoverBody,
      response: { 201: HandoverResponse },
    },
    config: { access: { client: 'transitions.manage' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send({ handover: await startHandover(request.ctx, request.params.clientId, request.body) }),
  });

  r.post('/api/v1/clients/:clientId/handovers/:handoverId/cancel', {
    schema: {
      tags,
      summary: 'Cancel a handover before it completes; the client is told',
      params: ClientHandoverParams,
      body: Empty,
      response: { 200: HandoverResponse },
    },
    config: { access: { client: 'transitions.manage' }, refuses: ['conflict'] },
    handler: async (request) => ({ handover: await cancelHandover(request.ctx, request.params.clientId, request.params.handoverId) }),
  });

  r.post('/api/v1/clients/:clientId/handovers/:handoverId/finish', {
    schema: {
      tags,
      summary: 'End the overlap today: the new clinician is primary from now',
      params: ClientHandoverParams,
      body: Empty,
      response: { 200: HandoverResponse },
    },
    config: { access: { client: 'transitions.manage' }, refuses: ['conflict'] },
    handler: async (request) => ({ handover: await finishHandover(request.ctx, request.params.clientId, request.params.handoverId) }),
  });

  r.get('/api/v1/handovers/:handoverId', {
    schema: {
      tags,
      summary: 'A handover made to the caller, with its transfer summary (anyone else: 404)',
      params: HandoverParams,
      response: { 200: HandoverResponse },
    },
    config: { access: { practice: 'handovers.incoming' } },
    handler: async (request) => ({ handover: await getIncomingHandover(request.ctx, request.params.handoverId) }),
  });

  r.put('/api/v1/handovers/:handoverId/introduction', {
    schema: {
      tags,
      summary: 'The new clinician introduces themselves; the client sees it on their home',
      params: HandoverParams,
      body: HandoverIntroductionBody,
      response: { 200: HandoverResponse },
    },
    config: { access: { practice: 'handovers.incoming' }, refuses: ['conflict'] },
    handler: async (request) => ({ handover: await writeIntroduction(request.ctx, request.params.handoverId, request.body) }),
  });

  r.post('/api/v1/clients/:clientId/discharge', {
    schema: {
      tags,
      summary:
        'Plan a discharge: date, optional last session, goodbye note; the client is told, keeps their account, plan and history (409 when one is planned)',
      params: ClientParams,
      body: PlanDischargeBody,
      response: { 201: DischargeResponse },
    },
    config: { access: { client: 'transitions.manage' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send({ discharge: await planDischarge(request.ctx, request.params.clientId, request.body) }),
  });

  r.post('/api/v1/clients/:clientId/discharge/:dischargeId/cancel', {
    schema: {
      tags,
      summary: 'Cancel a planned discharge before its date; the client is told',
      params: ClientDischargeParams,
      body: Empty,
      response: { 200: DischargeResponse },
    },
    config: { access: { client: 'transitions.manage' }, refuses: ['conflict'] },
    handler: async (request) => ({ discharge: await cancelDischarge(request.ctx, request.params.clientId, request.params.dischargeId) }),
  });

  r.post('/api/v1/clients/:clientId/reentry-requests', {
    schema: {
      tags,
      summary: '"I\'d like to come back", from a discharged client; the admin and primary clinician are told (409 before a discharge)',
      params: ClientParams,
      body: ReentryRequestBody,
      response: { 201: ReentryRequestResponse },
    },
    config: { access: { client: 'reentry.request' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send({ request: await requestReentry(request.ctx, request.params.clientId, request.body) }),
  });

  r.post('/api/v1/clients/:clientId/reentry/accept', {
    schema: {
      tags,
      summary: 'Welcome a discharged client back: active again, and told so (409 when not discharged)',
      params: ClientParams,
      body: Empty,
      response: { 200: CareTransitionsView },
    },
    config: { access: { client: 'transitions.manage' }, refuses: ['conflict'] },
    handler: async (request) => {
      await welcomeBack(request.ctx, request.params.clientId);
      return getTransitions(request.ctx, request.params.clientId);
    },
  });

  r.get('/api/v1/reentry-requests', {
    schema: {
      tags,
      summary: "Re-entry requests: the practice's for the admin, the caller's own clients' for a clinician",
      response: { 200: ReentryRequestList },
    },
    config: { access: { practice: 'reentry.view' } },
    handler: async (request) => ({ requests: await listReentryRequests(request.ctx) }),
  });
}
