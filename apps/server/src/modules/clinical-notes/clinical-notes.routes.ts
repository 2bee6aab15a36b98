import type { FastifyInstance } from 'fastify';
import {
  AmendClinicalNoteBody,
  ClientParams,
  ClinicalNoteList,
  ClinicalNotePageQuery,
  ClinicalNoteParams,
  ClinicalNoteResponse,
  WriteClinicalNoteBody,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { amendClinicalNote, getClinicalNote, listClinicalNotes, writeClinicalNote } from './clinical-notes.service';

const tags = ['clinical-notes'];

/** Private clinical notes (SPEC §2.1, §2.8): for the treating clinicians and members granted `notes`; never the client. */
export async function clinicalNoteRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/notes', {
    schema: {
      tags,
      summary: "The client's private clinical notes, newest first, each with the versions its amendments replaced",
      params: ClientParams,
      querystring: ClinicalNotePageQuery,
      response: { 200: ClinicalNoteList },
    },
    config: { access: { client: 'notes.read' } },
    handler: async (request) => listClinicalNotes(request.ctx, request.params.clientId, request.query),
  });

  r.post('/api/v1/clients/:clientId/notes', {
    schema: { tags, summary: 'Write a private clinical note', params: ClientParams, body: WriteClinicalNoteBody, response: { 201: ClinicalNoteResponse } },
    config: { access: { client: 'notes.write' } },
    handler: async (request, reply) => reply.status(201).send({ note: await writeClinicalNote(request.ctx, request.params.clientId, request.body) }),
  });

  r.get('/api/v1/clients/:clientId/notes/:noteId', {
    schema: { tags, summary: 'One private clinical note with every version', params: ClinicalNoteParams, response: { 200: ClinicalNoteResponse } },
    config: { access: { client: 'notes.read' } },
    handler: async (request) => ({ note: await getClinicalNote(request.ctx, request.params.clientId, request.params.noteId) }),
  });

  r.post('/api/v1/clients/:clientId/notes/:noteId/amendments', {
    schema: {
      tags,
      summary: 'Correct a note: a new version that keeps the one it replaces; 409 when baseVersion is not the current one',
      params: ClinicalNoteParams,
      body: AmendClinicalNoteBody,
      response: { 201: ClinicalNoteResponse },
    },
    config: { access: { client: 'notes.write' }, refuses: ['conflict'] },
    handler: async (request, reply) =>
      reply.status(201).send({ note: await amendClinicalNote(request.ctx, request.params.clientId, request.params.noteId, request.body) }),
  });
}
