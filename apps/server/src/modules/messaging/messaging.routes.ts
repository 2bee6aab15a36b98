import type { FastifyInstance } from 'fastify';
import {
  ClientParams,
  Conversation,
  IdParams,
  MarkNoReplyNeededBody,
  MessagePageQuery,
  MessageResponse,
  MessageTemplateList,
  SendMessageBody,
  SendMessageHeaders,
  SendMessageResponse,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { listConversation, listTemplates, markNoReplyNeeded, markSeen } from './messaging.conversation';
import { sendMessage } from './messaging.service';

/** The conversation between a client and their care team (SPEC §2.2, §4). */
export async function messagingRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/messages', {
    schema: {
      tags: ['messaging'],
      summary: 'The conversation, newest last, with receipts; page back with ?before=<id>',
      params: ClientParams,
      querystring: MessagePageQuery,
      response: { 200: Conversation },
    },
    config: { access: { client: 'messages.read' } },
    handler: async (request) => listConversation(request.ctx, request.params.clientId, request.query),
  });

  r.post('/api/v1/clients/:clientId/messages', {
    schema: {
      tags: ['messaging'],
      summary: 'Send a message (clients with an intent); the Idempotency-Key header makes a retry return the same message',
      params: ClientParams,
      headers: SendMessageHeaders,
      body: SendMessageBody,
      response: { 200: SendMessageResponse, 201: SendMessageResponse },
    },
    config: { access: { client: 'messages.send' } },
    handler: async (request, reply) => {
      const { replayed, ...result } = await sendMessage(request.ctx, {
        clientId: request.params.clientId,
        intent: request.body.intent,
        body: request.body.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(replayed ? 200 : 201).send(result);
    },
  });

  r.post('/api/v1/messages/:id/seen', {
    schema: { tags: ['messaging'], summary: 'Record that the caller has seen a message', params: IdParams, response: { 200: MessageResponse } },
    config: { access: { client: 'messages.read', via: 'message' } },
    handler: async (request) => ({ message: await markSeen(request.ctx, request.params.id) }),
  });

  r.post('/api/v1/messages/:id/no-reply-needed', {
    schema: {
      tags: ['messaging'],
      summary: "Close a client's message without a reply, optionally with a kind word back",
      params: IdParams,
      body: MarkNoReplyNeededBody.nullish(),
      response: { 200: MessageResponse },
    },
    config: { access: { client: 'messages.markNoReplyNeeded', via: 'message' } },
    handler: async (request) => ({ message: await markNoReplyNeeded(request.ctx, request.params.id, request.body?.note) }),
  });

  r.get('/api/v1/message-templates', {
    schema: { tags: ['messaging'], summary: "The practice's reply templates", response: { 200: MessageTemplateList } },
    config: { access: { practice: 'messageTemplates.read' } },
    handler: async (request) => ({ templates: await listTemplates(request.ctx) }),
  });
}
