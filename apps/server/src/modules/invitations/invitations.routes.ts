import type { FastifyInstance } from 'fastify';
import {
  AcceptInvitationBody,
  CreateInvitationBody,
  IdParams,
  InvitationList,
  InvitationPreview,
  InvitationTokenParams,
  InvitationView,
  Ok,
  SignInResponse,
} from '@steadfast/contracts';
import type { Deps } from '../../http/context';
import { typed } from '../../http/route';
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation } from './invitations.service';

/** Invitations: admins invite clinicians, clinicians invite clients; anyone with the link may accept once. */
export async function invitationRoutes(app: FastifyInstance, deps: Deps) {
  const r = typed(app);

  r.post('/api/v1/invitations', {
    schema: {
      tags: ['invitations'],
      summary: 'Invite a clinician (admin) or a client (clinician)',
      body: CreateInvitationBody,
      response: { 201: InvitationView },
    },
    config: { access: { practiceByKind: { clinician: 'invitations.clinician', client: 'invitations.client' } }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send(await createInvitation(request.ctx, request.body)),
  });

  r.get('/api/v1/invitations', {
    schema: { tags: ['invitations'], summary: 'Invitations I (or, for admins, the practice) sent', response: { 200: InvitationList } },
    config: { access: { practice: 'practice.view' } },
    handler: async (request) => ({ invitations: await listInvitations(request.ctx) }),
  });

  r.delete('/api/v1/invitations/:id', {
    schema: { tags: ['invitations'], summary: 'Withdraw an invitation', params: IdParams, response: { 200: Ok } },
    config: { access: { practice: 'practice.view' } },
    handler: async (request) => {
      await revokeInvitation(request.ctx, request.params.id);
      return { ok: true as const };
    },
  });

  r.get('/api/v1/invitations/by-token/:token', {
    schema: { tags: ['invitations'], summary: 'What an invitation link is for', params: InvitationTokenParams, response: { 200: InvitationPreview } },
    config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
    handler: async (request) => previewInvitation(deps, request.params.token),
  });

  r.post('/api/v1/invitations/by-token/:token/accept', {
    schema: {
      tags: ['invitations'],
      summary: 'Accept an invitation and choose a password',
      params: InvitationTokenParams,
      body: AcceptInvitationBody,
      response: { 201: SignInResponse },
    },
    config: { access: { public: true }, rateLimit: { max: 10, timeWindow: '1 minute' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send({ user: await acceptInvitation(deps, request.params.token, request.body) }),
  });
}
