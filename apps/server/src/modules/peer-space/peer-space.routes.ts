import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ClientParams,
  CreatePeerPostBody,
  CreatePeerReplyBody,
  JoinPeerSpaceBody,
  Ok,
  PeerHeldResponse,
  PeerMemberParams,
  PeerMembershipView,
  PeerMemberStandingBody,
  PeerModerateBody,
  PeerModerated,
  PeerModerationQueue,
  PeerParticipationView,
  PeerPostCreated,
  PeerPostList,
  PeerPostParams,
  PeerPostsQuery,
  PeerReactionBody,
  PeerReactionsResponse,
  PeerReplyCreated,
  PeerReportBody,
  PeerSentToCareTeam,
  PeerSettingsView,
  PeerSpaceView,
  PeerThread,
  UpdatePeerMembershipBody,
  UpdatePeerSettingsBody,
} from '@steadfast/contracts';
import { typed } from '../../http/route';
import { moderateItem, moderationQueue, setMemberStanding } from './peer-space.moderation';
import { createPost, createReply, getThread, listPosts } from './peer-space.posts';
import { react, report, sendToCareTeam, unreact } from './peer-space.responses';
import { getSettings, getSpace, joinSpace, participationOf, updateMembership, updateSettings } from './peer-space.service';

const tags = ['peer-space'];
const Empty = z.strictObject({});

/** The peer space (SPEC §2.11, §4): posts under a pseudonym, threaded replies, reactions, reports and moderation. */
export async function peerSpaceRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/peer', {
    schema: {
      tags,
      summary: 'The peer space as the caller stands in it: open or not, their membership, the house rules, what they can do',
      response: { 200: PeerSpaceView },
    },
    config: { access: { practice: 'peer.view' } },
    handler: async (request) => getSpace(request.ctx),
  });

  r.post('/api/v1/peer/members', {
    schema: {
      tags,
      summary: 'Join under a pseudonym that is not your name, agreeing to the house rules (409 when the pseudonym is taken)',
      body: JoinPeerSpaceBody,
      response: { 201: PeerMembershipView },
    },
    config: { access: { practice: 'peer.join' }, refuses: ['conflict', 'not_found'] },
    handler: async (request, reply) => reply.status(201).send(await joinSpace(request.ctx, request.body)),
  });

  r.put('/api/v1/peer/me', {
    schema: {
      tags,
      summary: 'Whether your care team may see that you take part (never what you write)',
      body: UpdatePeerMembershipBody,
      response: { 200: PeerMembershipView },
    },
    config: { access: { practice: 'peer.join' }, refuses: ['not_found'] },
    handler: async (request) => updateMembership(request.ctx, request.body),
  });

  r.get('/api/v1/peer/posts', {
    schema: {
      tags,
      summary: 'Posts newest or most related-to first, a page at a time (nextCursor); q searches published posts',
      querystring: PeerPostsQuery,
      response: { 200: PeerPostList },
    },
    config: { access: { practice: 'peer.view' }, refuses: ['not_found'] },
    handler: async (request) => listPosts(request.ctx, request.query),
  });

  r.post('/api/v1/peer/posts', {
    schema: {
      tags,
      summary: 'Write a post; screened first: published (201) or held for a moderator (202 {status:"held"}); 429 with Retry-After when posting too fast',
      body: CreatePeerPostBody,
      response: { 201: PeerPostCreated, 202: PeerHeldResponse },
    },
    config: { access: { practice: 'peer.write' }, refuses: ['not_found', 'rate_limited'] },
    handler: async (request, reply) => {
      const result = await createPost(request.ctx, request.body);
      return reply.status(result.status === 'held' ? 202 : 201).send(result);
    },
  });

  r.get('/api/v1/peer/posts/:id', {
    schema: {
      tags,
      summary: 'A post with its replies in thread order (each reply followed by the replies to it)',
      params: PeerPostParams,
      response: { 200: PeerThread },
    },
    config: { access: { practice: 'peer.view' } },
    handler: async (request) => getThread(request.ctx, request.params.id),
  });

  r.post('/api/v1/peer/posts/:id/replies', {
    schema: {
      tags,
      summary: 'Reply to a post or (parentId) to a reply; screened like a post: 201, or 202 {status:"held"}; 429 when replying too fast',
      params: PeerPostParams,
      body: CreatePeerReplyBody,
      response: { 201: PeerReplyCreated, 202: PeerHeldResponse },
    },
    config: { access: { practice: 'peer.write' }, refuses: ['rate_limited'] },
    handler: async (request, reply) => {
      const result = await createReply(request.ctx, request.params.id, request.body);
      return reply.status(result.status === 'held' ? 202 : 201).send(result);
    },
  });

  r.post('/api/v1/peer/posts/:id/reactions', {
    schema: {
      tags,
      summary: 'React to a post or (replyId) a reply: one per member and kind (201 when new, 200 when already there)',
      params: PeerPostParams,
      body: PeerReactionBody,
      response: { 200: PeerReactionsResponse, 201: PeerReactionsResponse },
    },
    config: { access: { practice: 'peer.write' } },
    handler: async (request, reply) => {
      const { created, view } = await react(request.ctx, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(view);
    },
  });

  r.delete('/api/v1/peer/posts/:id/reactions', {
    schema: {
      tags,
      summary: 'Take your reaction back (the same body as adding it)',
      params: PeerPostParams,
      body: PeerReactionBody,
      response: { 200: PeerReactionsResponse },
    },
    config: { access: { practice: 'peer.write' } },
    handler: async (request) => unreact(request.ctx, request.params.id, request.body),
  });

  r.post('/api/v1/peer/items/:id/report', {
    schema: { tags, summary: 'Report a post or reply to the moderators', params: PeerPostParams, body: PeerReportBody, response: { 201: Ok } },
    config: { access: { practice: 'peer.write' } },
    handler: async (request, reply) => {
      await report(request.ctx, request.params.id, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  });

  r.post('/api/v1/peer/items/:id/send-to-care-team', {
    schema: {
      tags,
      summary: 'Send your own post or reply to your care team as a message (held words as "soon", a post as "share"); once',
      params: PeerPostParams,
      body: Empty,
      response: { 201: PeerSentToCareTeam },
    },
    config: { access: { practice: 'peer.write' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.status(201).send(await sendToCareTeam(request.ctx, request.params.id)),
  });

  r.get('/api/v1/peer/moderation', {
    schema: { tags, summary: "The moderators' queue: held, reported and hidden items", response: { 200: PeerModerationQueue } },
    config: { access: { practice: 'peer.moderate' }, refuses: ['not_found'] },
    handler: async (request) => moderationQueue(request.ctx),
  });

  r.post('/api/v1/peer/items/:id/moderation', {
    schema: {
      tags,
      summary: 'Release, hide or restore a post or reply, with a reason (409 when it was already dealt with)',
      params: PeerPostParams,
      body: PeerModerateBody,
      response: { 200: PeerModerated },
    },
    config: { access: { practice: 'peer.moderate' }, refuses: ['conflict'] },
    handler: async (request) => ({ status: await moderateItem(request.ctx, request.params.id, request.body) }),
  });

  r.post('/api/v1/peer/members/:memberId/standing', {
    schema: {
      tags,
      summary: 'Suspend a member (they may read, not write) or reinstate them, with a reason',
      params: PeerMemberParams,
      body: PeerMemberStandingBody,
      response: { 200: PeerMembershipView },
    },
    config: { access: { practice: 'peer.moderate' } },
    handler: async (request) => setMemberStanding(request.ctx, request.params.memberId, request.body),
  });

  r.get('/api/v1/peer/settings', {
    schema: { tags, summary: 'Whether the peer space is open, and its moderators', response: { 200: PeerSettingsView } },
    config: { access: { practice: 'peer.configure' } },
    handler: async (request) => getSettings(request.ctx),
  });

  r.put('/api/v1/peer/settings', {
    schema: {
      tags,
      summary: 'Open or close the peer space and name its moderators (at least one while open); 409 when someone changed them since `version`',
      body: UpdatePeerSettingsBody,
      response: { 200: PeerSettingsView },
    },
    config: { access: { practice: 'peer.configure' }, refuses: ['conflict'] },
    handler: async (request) => updateSettings(request.ctx, request.body),
  });

  r.get('/api/v1/clients/:clientId/peer-participation', {
    schema: {
      tags,
      summary: 'Whether the client takes part in the peer space: shown to their care team only with their consent, never what they wrote',
      params: ClientParams,
      response: { 200: PeerParticipationView },
    },
    config: { access: { client: 'peer.participation' } },
    handler: async (request) => participationOf(request.ctx, request.params.clientId),
  });
}
