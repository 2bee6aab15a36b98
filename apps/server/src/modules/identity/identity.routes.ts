import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ChangePasswordBody,
  ChangePasswordResult,
  MeResponse,
  Ok,
  PasswordResetCompleteBody,
  PasswordResetDone,
  PasswordResetRequestBody,
  PasswordResetRequested,
  RecoveryCodes,
  SessionList,
  SignInBody,
  SignInResponse,
  TotpEnrolment,
  TotpVerifyBody,
} from '@steadfast/contracts';
import type { Deps } from '../../http/context';
import { SESSION_COOKIE } from '../../http/auth';
import { typed } from '../../http/route';
import { changeMyPassword } from './account.service';
import { getMe } from './me.service';
import { completePasswordReset, requestPasswordReset } from './password-reset.service';
import { passwordResetWords } from './password-reset.words';
import { listMySessions, revokeMySession, revokeSessionByToken } from './sessions.service';
import { signIn, type SignedIn } from './sign-in';
import { beginTotpEnrolment, confirmTotpEnrolment } from './totp.service';

/** Sign-in's allowance per address: ten tries a minute. */
const SIGN_IN_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/** The hook that counts sign-in tries, shared by every route that signs people in. */
export type SignInLimit = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * One counter for both ways in, the API and the server's own form (web/sign-in-form.ts): a
 * route's own `config.rateLimit` keeps a counter per route, which would give the form a second
 * allowance. Made once per app, after @fastify/rate-limit is registered.
 */
export function createSignInLimit(app: FastifyInstance): SignInLimit {
  return app.rateLimit(SIGN_IN_RATE_LIMIT) as unknown as SignInLimit;
}

/** Hands the browser its new session, the same way whichever door it signed in by. */
export function setSessionCookie(reply: FastifyReply, deps: Deps, session: SignedIn): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    expires: session.expiresAt,
  });
}

/** Sign-in, sign-out, the signed-in person, their sessions and two-factor set-up. */
export async function identityRoutes(app: FastifyInstance, deps: Deps, signInLimit: SignInLimit) {
  const r = typed(app);

  r.post('/api/v1/session', {
    schema: { tags: ['identity'], summary: 'Sign in', body: SignInBody, response: { 200: SignInResponse } },
    config: { access: { public: true }, refuses: ['unauthenticated', 'rate_limited'] },
    onRequest: signInLimit,
    handler: async (request, reply) => {
      const result = await signIn(deps, request.body, request.headers['user-agent']);
      setSessionCookie(reply, deps, result);
      return { user: result.user };
    },
  });

  r.delete('/api/v1/session', {
    schema: { tags: ['identity'], summary: 'Sign out', response: { 200: Ok } },
    config: { access: { public: true } },
    handler: async (request, reply) => {
      if (request.sessionTokenHash && request.ctx) await revokeSessionByToken(request.ctx, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  r.post('/api/v1/password-reset', {
    schema: {
      tags: ['identity'],
      summary: 'Ask for a link to choose a new password (the same answer whether or not the address has an account)',
      body: PasswordResetRequestBody,
      response: { 202: PasswordResetRequested },
    },
    config: { access: { public: true }, rateLimit: { max: 5, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      await requestPasswordReset(deps, request.body.email, request.id);
      return reply.status(202).send({ ok: true as const, message: passwordResetWords.requested });
    },
  });

  r.post('/api/v1/password-reset/complete', {
    schema: {
      tags: ['identity'],
      summary: 'Choose a new password with a mailed link (signs out every device; two-factor stays on)',
      body: PasswordResetCompleteBody,
      response: { 200: PasswordResetDone },
    },
    config: { access: { public: true }, rateLimit: { max: 10, timeWindow: '1 minute' }, refuses: ['not_found'] },
    handler: async (request) => completePasswordReset(deps, request.body, request.id),
  });

  r.get('/api/v1/me', {
    schema: { tags: ['identity'], summary: 'The signed-in person', response: { 200: MeResponse } },
    config: { access: { signedIn: true }, beforeTotp: true },
    handler: async (request) => getMe(request.ctx),
  });

  r.get('/api/v1/me/sessions', {
    schema: { tags: ['identity'], summary: 'My open sessions', response: { 200: SessionList } },
    config: { access: { signedIn: true }, beforeTotp: true },
    handler: async (request) => ({ sessions: await listMySessions(request.ctx) }),
  });

  r.delete('/api/v1/me/sessions/:id', {
    schema: { tags: ['identity'], summary: 'Revoke one of my sessions', params: z.strictObject({ id: z.uuid() }), response: { 200: Ok } },
    config: { access: { signedIn: true }, beforeTotp: true },
    handler: async (request) => {
      await revokeMySession(request.ctx, request.params.id);
      return { ok: true as const };
    },
  });

  r.post('/api/v1/me/password', {
    schema: {
      tags: ['identity'],
      summary: 'Change my password (signs out my other devices)',
      body: ChangePasswordBody,
      response: { 200: ChangePasswordResult },
    },
    config: { access: { signedIn: true }, rateLimit: { max: 5, timeWindow: '1 minute' } },
    handler: async (request) => changeMyPassword(request.ctx, request.body),
  });

  r.post('/api/v1/me/totp', {
    schema: { tags: ['identity'], summary: 'Begin two-factor set-up', response: { 200: TotpEnrolment } },
    config: { access: { signedIn: true }, beforeTotp: true, refuses: ['conflict'] },
    handler: async (request) => beginTotpEnrolment(request.ctx),
  });

  r.post('/api/v1/me/totp/verify', {
    schema: { tags: ['identity'], summary: 'Confirm two-factor set-up with a code', body: TotpVerifyBody, response: { 200: RecoveryCodes } },
    config: { access: { signedIn: true }, beforeTotp: true, rateLimit: { max: 10, timeWindow: '1 minute' }, refuses: ['conflict'] },
    handler: async (request) => confirmTotpEnrolment(request.ctx, request.body.code),
  });
}
