import type { FastifyInstance } from 'fastify';
import {
  ClientParams,
  SafetyPlanVersionDetail,
  SafetyPlanVersionList,
  SafetyPlanVersionParams,
  SafetyPlanView,
  SaveSafetyPlanBody,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { getSafetyPlan, getSafetyPlanVersion, listSafetyPlanVersions, saveSafetyPlan } from './safety-plans.service';

/**
 * A plan filled to every limit (20 items of 500 characters in each list, full contacts) is
 * about 80,000 characters, up to three bytes each in UTF-8: above the app's general 64 KB
 * limit, so this one route allows more. Refusing a plan that passes every field limit would
 * lose someone's words.
 */
const SAFETY_PLAN_BODY_LIMIT_BYTES = 320 * 1024;

/** The client's safety plan (SPEC §2.7, §4): read, save as a new version, and its history. */
export async function safetyPlanRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/safety-plan', {
    schema: {
      tags: ['safety-plans'],
      summary: 'The current safety plan (version 0 and empty before the first save)',
      params: ClientParams,
      response: { 200: SafetyPlanView },
    },
    config: { access: { client: 'safetyPlan.read' } },
    handler: async (request) => getSafetyPlan(request.ctx, request.params.clientId),
  });

  r.put('/api/v1/clients/:clientId/safety-plan', {
    bodyLimit: SAFETY_PLAN_BODY_LIMIT_BYTES,
    schema: {
      tags: ['safety-plans'],
      summary: 'Save the plan as a new version; 409 when baseVersion is not the current one',
      params: ClientParams,
      body: SaveSafetyPlanBody,
      response: { 200: SafetyPlanView },
    },
    config: { access: { client: 'safetyPlan.write' }, refuses: ['conflict'] },
    handler: async (request) => saveSafetyPlan(request.ctx, request.params.clientId, request.body),
  });

  r.get('/api/v1/clients/:clientId/safety-plan/versions', {
    schema: {
      tags: ['safety-plans'],
      summary: 'Every version: who, when, which sections changed',
      params: ClientParams,
      response: { 200: SafetyPlanVersionList },
    },
    config: { access: { client: 'safetyPlan.history' } },
    handler: async (request) => listSafetyPlanVersions(request.ctx, request.params.clientId),
  });

  r.get('/api/v1/clients/:clientId/safety-plan/versions/:version', {
    schema: { tags: ['safety-plans'], summary: 'One earlier version in full', params: SafetyPlanVersionParams, response: { 200: SafetyPlanVersionDetail } },
    config: { access: { client: 'safetyPlan.history' } },
    handler: async (request) => getSafetyPlanVersion(request.ctx, request.params.clientId, request.params.version),
  });
}
