import type { FastifyInstance } from 'fastify';
import {
  AcknowledgeFlagBody,
  ClientParams,
  FlagDetail,
  FlagList,
  IdParams,
  RiskFormulationBody,
  RiskFormulationList,
  RiskFormulationView,
  TriageQueue,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { acknowledgeFlag, getFlagDetail, listClientFlags } from './flags.service';
import { addRiskFormulation, listRiskFormulations } from './risk-formulations.service';
import { getTriageQueue } from './triage.service';
import type { SourceTextReaders } from './flags.sources';

/**
 * Triage, flags and risk formulations (SPEC §2.8, §2.9, §4). Every route here is for clinicians:
 * a flag exists only for those who may read flags (app.ts, idResolvers), so a client can never
 * learn that a flag about them exists.
 */
export async function riskRoutes(app: FastifyInstance, readers: SourceTextReaders) {
  const r = typed(app);

  r.get('/api/v1/triage', {
    schema: { tags: ['risk'], summary: "The caller's triage queue: unacknowledged risk first, then by time left", response: { 200: TriageQueue } },
    config: { access: { practice: 'triage.view' } },
    handler: async (request) => getTriageQueue(request.ctx, readers),
  });

  r.get('/api/v1/flags/:id', {
    schema: { tags: ['risk'], summary: "A flag with its ladder's history and acknowledgement", params: IdParams, response: { 200: FlagDetail } },
    config: { access: { client: 'flags.read', via: 'flag' } },
    handler: async (request) => getFlagDetail(request.ctx, readers, request.params.id),
  });

  r.post('/api/v1/flags/:id/acknowledge', {
    schema: {
      tags: ['risk'],
      summary: 'A human acknowledgement with a note: ends the flag and its escalation; 409 with who and when if already acknowledged',
      params: IdParams,
      body: AcknowledgeFlagBody,
      response: { 200: FlagDetail },
    },
    config: { access: { client: 'flags.acknowledge', via: 'flag' } },
    handler: async (request) => acknowledgeFlag(request.ctx, readers, request.params.id, request.body),
  });

  r.get('/api/v1/clients/:clientId/flags', {
    schema: { tags: ['risk'], summary: "A client's risk flags, newest first (clinicians only)", params: ClientParams, response: { 200: FlagList } },
    config: { access: { client: 'flags.read' } },
    handler: async (request) => ({ flags: await listClientFlags(request.ctx, readers, request.params.clientId) }),
  });

  r.get('/api/v1/clients/:clientId/risk-formulations', {
    schema: {
      tags: ['risk'],
      summary: "The clinicians' own risk formulations of a client, newest first",
      params: ClientParams,
      response: { 200: RiskFormulationList },
    },
    config: { access: { client: 'riskFormulation.read' } },
    handler: async (request) => listRiskFormulations(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/risk-formulations', {
    schema: {
      tags: ['risk'],
      summary: "Record a clinician's risk formulation (their words; never prefilled from a score)",
      params: ClientParams,
      body: RiskFormulationBody,
      response: { 201: RiskFormulationView },
    },
    config: { access: { client: 'riskFormulation.write' } },
    handler: async (request, reply) => reply.status(201).send(await addRiskFormulation(request.ctx, request.params.clientId, request.body)),
  });
}
