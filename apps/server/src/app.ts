import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccessOnEveryRoute, installAuth, type IdResolvers } from './http/auth';
import type { Deps } from './http/context';
import { installCsrfProtection } from './http/csrf';
import { frameworkErrors, installErrorHandler } from './http/error-handler';
import { AppError } from './http/errors';
import { installJsonBodyParser } from './http/json-body';
import { openApiOptions } from './http/openapi';
import { installSecurityHeaders } from './http/security-headers';
import { typed } from './http/route';
import { careTeamNoticeTitles, careTeamRoutes } from './modules/care-teams';
import { caseloadRoutes } from './modules/caseload';
import { crisisResourceRoutes } from './modules/crisis-resources';
import { actorOfSession, createSignInLimit, identityRoutes, sessionIsLive } from './modules/identity';
import { invitationRoutes } from './modules/invitations';
import { practiceRoutes } from './modules/practices';
import { safetyPlanRoutes } from './modules/safety-plans';
import { messagingRoutes } from './modules/messaging';
import { notificationRoutes } from './modules/notifications';
import { realtimeRoutes } from './modules/realtime';
import { onCallRoutes } from './modules/on-call';
import { riskRoutes } from './modules/risk';
import { escalationWindowRoutes } from './modules/risk';
import { checkinRoutes, moodsBelowBaseline } from './modules/check-ins';
import { measureRoutes } from './modules/measures';
import { clientOfMessage, messageTexts } from './modules/messaging';
import { ownerOfNotification } from './modules/notifications';
import { clientOfFlag } from './modules/risk';

/**
 * What a by-id route's id names, for the auth hook (http/auth.ts): a new resource kind does not
 * compile without its resolver here. A flag exists only for those who may read flags, so a client
 * never learns that one about them exists.
 */
const idResolvers: IdResolvers = {
  clientOf: {
    message: { clientOf: clientOfMessage },
    flag: { clientOf: clientOfFlag, visibleWith: 'flags.read' },
  },
  ownerOf: { notification: ownerOfNotification },
};
import { agreementRoutes } from './modules/agreements';
import { schedulingRoutes } from './modules/scheduling';
import { okayPlanRoutes } from './modules/okay-plan';
import { caringContactRoutes } from './modules/caring-contacts';
import { careBalanceRoutes } from './modules/care-balance';
import { timelineRoutes } from './modules/timeline';
import { exportRoutes } from './modules/export';
import { erasureRoutes } from './modules/erasure';
import { clinicalNoteRoutes } from './modules/clinical-notes';
import { careTransitionRoutes, transitionNoticeTitles } from './modules/care-transitions';
import { peerAudience, peerSpaceRoutes } from './modules/peer-space';
import { installCompression, serveWebApp } from './web/web-app';

/** Request bodies above this are refused with 413: every JSON shape we accept is far smaller. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export interface BuildOptions {
  /** Extra route plugins (tests use this to prove a route without an access rule is refused). */
  extraRoutes?: (app: FastifyInstance) => Promise<void>;
}

/** Builds the whole HTTP app around its dependencies; used by main.ts and by every test. */
export async function buildApp(deps: Deps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.log,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    // Only behind a proxy that sets X-Forwarded-For: otherwise a client could pick its own address and dodge rate limits.
    trustProxy: deps.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installJsonBodyParser(app);
  requireAccessOnEveryRoute(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  installSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
    hsts: deps.config.secureCookies,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `Too many attempts. Please wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
  const signInLimit = createSignInLimit(app);
  installCsrfProtection(app, deps.config.publicUrl);
  // Before any route: the compression hook covers only routes registered after it.
  await installCompression(app);
  installAuth(app, deps, idResolvers, actorOfSession);
  await app.register(swagger, openApiOptions());

  await app.register(async (api) => {
    await systemRoutes(api, deps);
    await identityRoutes(api, deps, signInLimit);
    await invitationRoutes(api, deps);
    await practiceRoutes(api, deps);
    await crisisResourceRoutes(api);
    await careTeamRoutes(api);
    await caseloadRoutes(api);
    await safetyPlanRoutes(api);
    await messagingRoutes(api);
    await notificationRoutes(api, { care_team_changed: careTeamNoticeTitles, care_transition: transitionNoticeTitles });
    await realtimeRoutes(api, deps, sessionIsLive, { peerAudience });
    await onCallRoutes(api);
    await riskRoutes(api, { message: messageTexts });
    await escalationWindowRoutes(api);
    await agreementRoutes(api);
    await schedulingRoutes(api, deps, moodsBelowBaseline);
    await checkinRoutes(api);
    await measureRoutes(api);
    await okayPlanRoutes(api);
    await caringContactRoutes(api);
    await careBalanceRoutes(api);
    await timelineRoutes(api);
    await clinicalNoteRoutes(api);
    await exportRoutes(api);
    await erasureRoutes(api);
    await careTransitionRoutes(api);
    await peerSpaceRoutes(api);
    if (options.extraRoutes) await options.extraRoutes(api);
  });
  await serveWebApp(app, deps, signInLimit);
  return app;
}

async function systemRoutes(app: FastifyInstance, deps: Deps) {
  const r = typed(app);
  r.get('/api/v1/health', {
    schema: { tags: ['system'], summary: 'Liveness: ok when the database answers', response: { 200: z.object({ status: z.literal('ok') }) } },
    config: { access: { public: true } },
    handler: async () => {
      await deps.database.db.execute(sql`select 1`);
      return { status: 'ok' as const };
    },
  });
  r.get('/api/v1/openapi.json', {
    schema: { hide: true },
    config: { access: { public: true } },
    handler: async () => app.swagger(),
  });
}
