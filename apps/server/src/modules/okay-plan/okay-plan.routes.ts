import type { FastifyInstance } from 'fastify';
import {
  ClientParams,
  OkayPlanView,
  PinReassuranceNoteBody,
  ReassuranceNoteCreated,
  ReassuranceNoteList,
  ReassuranceNoteParams,
  ReassuranceRequestCreated,
  SaveOkayPlanBody,
  StabilitySettings,
  StabilityView,
  WriteReassuranceNoteBody,
} from '@steadfast/contracts';
import { z } from 'zod';
import { typed } from '../../http/route';
import { getOkayPlan, saveOkayPlan } from './okay-plan.service';
import { getStability, setStabilitySettings } from './stability.service';
import { listReassuranceNotes, pinReassuranceNote, requestReassuranceNote, writeNoteToSelf, writeReassuranceNote } from './reassurance-notes.service';

const tags = ['okay-plan'];

/** The okay plan and reassurance notes (SPEC §2.6, §4). */
export async function okayPlanRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/okay-plan', {
    schema: { tags, summary: 'The current okay plan (version 0 and empty before the first save)', params: ClientParams, response: { 200: OkayPlanView } },
    config: { access: { client: 'okayPlan.read' } },
    handler: async (request) => getOkayPlan(request.ctx, request.params.clientId),
  });

  r.put('/api/v1/clients/:clientId/okay-plan', {
    schema: {
      tags,
      summary: 'Save the okay plan as a new version; 409 when baseVersion is not the current one',
      params: ClientParams,
      body: SaveOkayPlanBody,
      response: { 200: OkayPlanView },
    },
    config: { access: { client: 'okayPlan.write' }, refuses: ['conflict'] },
    handler: async (request) => saveOkayPlan(request.ctx, request.params.clientId, request.body),
  });

  r.get('/api/v1/clients/:clientId/reassurance-notes', {
    schema: {
      tags,
      summary: 'Reassurance notes, pinned first then newest; a client also sees their notes to self',
      params: ClientParams,
      response: { 200: ReassuranceNoteList },
    },
    config: { access: { client: 'reassuranceNotes.read' } },
    handler: async (request) => listReassuranceNotes(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/reassurance-notes', {
    schema: {
      tags,
      summary: 'A clinician writes the client a note to keep',
      params: ClientParams,
      body: WriteReassuranceNoteBody,
      response: { 201: ReassuranceNoteCreated },
    },
    config: { access: { client: 'reassuranceNotes.write' } },
    handler: async (request, reply) => reply.status(201).send({ note: await writeReassuranceNote(request.ctx, request.params.clientId, request.body) }),
  });

  r.post('/api/v1/clients/:clientId/notes-to-self', {
    schema: {
      tags,
      summary: 'The client writes a note to their future self (nobody else sees it)',
      params: ClientParams,
      body: WriteReassuranceNoteBody,
      response: { 201: ReassuranceNoteCreated },
    },
    config: { access: { client: 'reassuranceNotes.own' } },
    handler: async (request, reply) => reply.status(201).send({ note: await writeNoteToSelf(request.ctx, request.params.clientId, request.body) }),
  });

  r.put('/api/v1/clients/:clientId/reassurance-notes/:noteId/pin', {
    schema: {
      tags,
      summary: 'The client pins or unpins a note on their home',
      params: ReassuranceNoteParams,
      body: PinReassuranceNoteBody,
      response: { 200: ReassuranceNoteCreated },
    },
    config: { access: { client: 'reassuranceNotes.own' } },
    handler: async (request) => ({ note: await pinReassuranceNote(request.ctx, request.params.clientId, request.params.noteId, request.body.pinned) }),
  });

  r.post('/api/v1/clients/:clientId/reassurance-notes/requests', {
    schema: {
      tags,
      summary: 'The client gently asks for a new note (no reply window); 409 while one is open',
      params: ClientParams,
      body: z.strictObject({}).optional(),
      response: { 201: ReassuranceRequestCreated },
    },
    config: { access: { client: 'reassuranceNotes.own' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send({ request: await requestReassuranceNote(request.ctx, request.params.clientId) }),
  });

  r.get('/api/v1/clients/:clientId/stability', {
    schema: {
      tags,
      summary: 'Stable stretches for the care team: thresholds in force, the current stretch, recent ones',
      params: ClientParams,
      response: { 200: StabilityView },
    },
    config: { access: { client: 'stability.read' } },
    handler: async (request) => getStability(request.ctx, request.params.clientId),
  });

  r.put('/api/v1/clients/:clientId/stability', {
    schema: {
      tags,
      summary: 'Set the client’s own stable-stretch thresholds (null keeps a default)',
      params: ClientParams,
      body: StabilitySettings,
      response: { 200: StabilityView },
    },
    config: { access: { client: 'stability.configure' } },
    handler: async (request) => setStabilitySettings(request.ctx, request.params.clientId, request.body),
  });
}
