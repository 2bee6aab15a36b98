import type { FastifyInstance } from 'fastify';
import {
  CaringContactList,
  CaringContactParams,
  CaringContactResponse,
  ClientParams,
  EditCaringContactBody,
  PlanCaringContactsBody,
  SendCaringNoteBody,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { cancelCaringContact, editCaringContact, listClientCaringContacts, planCaringContacts, sendCaringNoteNow } from './caring-contacts.service';

const tags = ['caring-contacts'];

/** Caring contacts (SPEC §2.6): a schedule of brief notes written ahead, sent at their time. */
export async function caringContactRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/caring-contacts', {
    schema: { tags, summary: 'The client’s caring contacts, sent and to come', params: ClientParams, response: { 200: CaringContactList } },
    config: { access: { client: 'caringContacts.manage' } },
    handler: async (request) => listClientCaringContacts(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/caring-contacts/schedule', {
    schema: {
      tags,
      summary: 'Write a schedule of notes from templates (replaces notes still to come)',
      params: ClientParams,
      body: PlanCaringContactsBody,
      response: { 201: CaringContactList },
    },
    config: { access: { client: 'caringContacts.manage' } },
    handler: async (request, reply) => reply.status(201).send(await planCaringContacts(request.ctx, request.params.clientId, request.body)),
  });

  r.put('/api/v1/clients/:clientId/caring-contacts/:contactId', {
    schema: {
      tags,
      summary: 'Personalise a note still to come: its words or its time',
      params: CaringContactParams,
      body: EditCaringContactBody,
      response: { 200: CaringContactResponse },
    },
    config: { access: { client: 'caringContacts.manage' } },
    handler: async (request) => ({ contact: await editCaringContact(request.ctx, request.params.clientId, request.params.contactId, request.body) }),
  });

  r.delete('/api/v1/clients/:clientId/caring-contacts/:contactId', {
    schema: { tags, summary: 'Take one note out of the schedule', params: CaringContactParams, response: { 200: CaringContactResponse } },
    config: { access: { client: 'caringContacts.manage' } },
    handler: async (request) => ({ contact: await cancelCaringContact(request.ctx, request.params.clientId, request.params.contactId) }),
  });

  r.post('/api/v1/clients/:clientId/caring-contacts/now', {
    schema: {
      tags,
      summary: 'Send a caring note now, in one click: the next template or the clinician’s own words',
      params: ClientParams,
      body: SendCaringNoteBody,
      response: { 201: CaringContactResponse },
    },
    config: { access: { client: 'caringContacts.manage' } },
    handler: async (request, reply) => reply.status(201).send({ contact: await sendCaringNoteNow(request.ctx, request.params.clientId, request.body) }),
  });
}
