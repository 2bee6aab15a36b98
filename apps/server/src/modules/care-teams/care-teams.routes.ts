import type { FastifyInstance } from 'fastify';
import {
  AddCareTeamMemberBody,
  CareTeamMemberParams,
  CareTeamView,
  ClientParams,
  ClientProfile,
  EndCareTeamMemberBody,
  PracticeClientList,
  UpdateCareTeamMemberBody,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { addCareTeamMember, endCareTeamMembership, listCareTeam, updateCareTeamMember } from './care-teams.manage';
import { getClientProfile, listPracticeClients } from './care-teams.service';

/** One client's profile with their care team; the team's members added, changed and ended (SPEC §2.1). */
export async function careTeamRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['care-teams'];

  r.get('/api/v1/clients/:clientId', {
    schema: { tags, summary: 'A client and their care team', params: ClientParams, response: { 200: ClientProfile } },
    config: { access: { client: 'client.view' } },
    handler: async (request) => getClientProfile(request.ctx, request.params.clientId),
  });

  r.get('/api/v1/practice/clients', {
    schema: {
      tags,
      summary: "The practice's clients by name with their primary clinician, for the admin to open a care team (no clinical content)",
      response: { 200: PracticeClientList },
    },
    config: { access: { practice: 'practice.manage' } },
    handler: async (request) => ({ clients: await listPracticeClients(request.ctx) }),
  });

  r.get('/api/v1/clients/:clientId/care-team', {
    schema: {
      tags,
      summary: 'The care team: current, upcoming and ended members with role, dates and scopes; the clinicians to choose from for those who manage it',
      params: ClientParams,
      response: { 200: CareTeamView },
    },
    config: { access: { client: 'careTeam.read' } },
    handler: async (request) => listCareTeam(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/care-team', {
    schema: {
      tags,
      summary: 'Add a clinician of the practice to the care team (409 when they are on it already)',
      params: ClientParams,
      body: AddCareTeamMemberBody,
      response: { 201: CareTeamView },
    },
    config: { access: { client: 'careTeam.manage' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send(await addCareTeamMember(request.ctx, request.params.clientId, request.body)),
  });

  r.patch('/api/v1/clients/:clientId/care-team/:clinicianId', {
    schema: {
      tags,
      summary: "Change a member's scopes or end date (409 for the primary clinician: that is a handover)",
      params: CareTeamMemberParams,
      body: UpdateCareTeamMemberBody,
      response: { 200: CareTeamView },
    },
    config: { access: { client: 'careTeam.manage' }, refuses: ['conflict'] },
    handler: async (request) => updateCareTeamMember(request.ctx, request.params.clientId, request.params.clinicianId, request.body),
  });

  r.post('/api/v1/clients/:clientId/care-team/:clinicianId/end', {
    schema: {
      tags,
      summary: 'End a membership from a date (today unless later); the member loses access then. 409 for the primary clinician: that is a handover',
      params: CareTeamMemberParams,
      body: EndCareTeamMemberBody,
      response: { 200: CareTeamView },
    },
    config: { access: { client: 'careTeam.manage' }, refuses: ['conflict'] },
    handler: async (request) => endCareTeamMembership(request.ctx, request.params.clientId, request.params.clinicianId, request.body.endsOn),
  });
}
