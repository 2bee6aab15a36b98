import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams, MailList, Ok, PeopleList } from '@steadfast/contracts';
import type { Deps } from '../../http/context';
import { typed } from '../../http/route';
import { listPracticeMail, mailDelivery } from '../mail';
import { resetTwoFactor } from '../identity';
import { listPeople, signOutEverywhere, unlockPerson } from './practices.service';

/** The admin's practice page: people, their sessions and locks, and the mail outbox. */
export async function practiceRoutes(app: FastifyInstance, deps: Deps) {
  const r = typed(app);

  r.get('/api/v1/practice/people', {
    schema: { tags: ['practice'], summary: 'Everyone in the practice', response: { 200: PeopleList } },
    config: { access: { practice: 'practice.manage' } },
    handler: async (request) => ({ people: await listPeople(request.ctx) }),
  });

  r.post('/api/v1/practice/people/:id/sign-out-everywhere', {
    schema: { tags: ['practice'], summary: "Revoke all of a person's sessions", params: IdParams, response: { 200: z.object({ revoked: z.number().int() }) } },
    config: { access: { practice: 'practice.manage' } },
    handler: async (request) => signOutEverywhere(request.ctx, request.params.id),
  });

  r.post('/api/v1/practice/people/:id/unlock', {
    schema: { tags: ['practice'], summary: 'Lift a sign-in lock', params: IdParams, response: { 200: Ok } },
    config: { access: { practice: 'practice.manage' } },
    handler: async (request) => {
      await unlockPerson(request.ctx, request.params.id);
      return { ok: true as const };
    },
  });

  r.post('/api/v1/practice/people/:id/reset-two-factor', {
    schema: { tags: ['practice'], summary: "Turn a person's two-factor sign-in off so they set it up again", params: IdParams, response: { 200: Ok } },
    config: { access: { practice: 'practice.manage' } },
    handler: async (request) => {
      await resetTwoFactor(request.ctx, request.params.id);
      return { ok: true as const };
    },
  });

  r.get('/api/v1/practice/mail', {
    schema: { tags: ['practice'], summary: 'Outgoing mail (the outbox)', response: { 200: MailList } },
    config: { access: { practice: 'mail.read' } },
    handler: async (request) => ({ mail: await listPracticeMail(request.ctx), delivery: mailDelivery(deps) }),
  });
}
