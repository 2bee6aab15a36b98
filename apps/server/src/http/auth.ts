import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorizeClient, authorizePractice } from '../access/authorize';
import { allows, clientRules, writesAboutClient, type ClientAction, type ClientResource, type OwnedResource, type RouteAccess } from '../access/rules';
import { relationshipsTo, type ClientAccess } from '../access/relationships';
import type { Db } from '../db/database';
import type { Actor, Ctx, Deps } from './context';
import { clientErased, forbidden, notFound, unauthenticated } from './errors';

export const SESSION_COOKIE = 'steadfast_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route names what it needs; a route without it does not start (STYLE.md, deny by default). */
    access?: RouteAccess;
    /** Allowed before a clinician has set up two-factor sign-in (enrolment itself, sign-out, me). */
    beforeTotp?: boolean;
  }
  interface FastifyRequest {
    ctx: Ctx;
    sessionTokenHash?: string;
  }
}

const declaredAccessByApp = new WeakMap<FastifyInstance, Map<string, RouteAccess>>();

/** Every API route's declared rule, keyed `METHOD /url` (the security tests hold it against the OpenAPI description). */
export function declaredAccess(app: FastifyInstance): ReadonlyMap<string, RouteAccess> {
  return declaredAccessByApp.get(app) ?? new Map();
}

/** Refuses to register any route that declares no access rule. */
export function requireAccessOnEveryRoute(app: FastifyInstance): void {
  const declared = new Map<string, RouteAccess>();
  declaredAccessByApp.set(app, declared);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access rule (an action, signedIn or public).`);
    for (const method of [route.method].flat()) declared.set(`${method} ${route.url}`, access);
  });
}

/**
 * How the auth hook finds what a by-id route names (assembled once in buildApp from the modules
 * that own them, so this foundation imports no domain): the client behind a message or a flag,
 * and the person a notice belongs to. Each answers undefined for an id not in the practice.
 */
export interface IdResolvers {
  clientOf: { readonly [R in ClientResource]: ClientResolver };
  ownerOf: { readonly [R in OwnedResource]: (db: Db, practiceId: string, id: string) => Promise<string | undefined> };
}

/**
 * Who a session cookie's token signs in, with the token's hash (undefined when it is unknown,
 * expired or revoked). Identity owns sessions; the app passes its resolver in (app.ts), so this
 * foundation names no domain module.
 */
export type SessionActor = (
  deps: Deps,
  token: string,
  request: { background: boolean },
) => Promise<{ actor: Actor; tokenHash: string } | { ended: SessionEnded } | undefined>;

/**
 * Sent by the web app on requests it makes by itself, with no one at the keyboard (a poll every
 * minute): they are served, but are not activity, so they do not keep a staff session from idling.
 */
export const BACKGROUND_HEADER = 'x-steadfast-background';

/** Why a session that exists no longer signs anyone in: `session_idle`, a staff session unused too long. */
export type SessionEnded = 'session_idle';

/** Whether a session (by its token's hash) is still live now (not revoked, expired or, for staff, idle): an open event stream asks it again and again. */
export type SessionIsLive = (deps: Deps, tokenHash: string, now: Date) => Promise<boolean>;

export interface ClientResolver {
  clientOf(db: Db, practiceId: string, id: string): Promise<string | undefined>;
  /** The thing exists for the caller only with this action on its client (a flag, for clinicians who may read flags); else any relationship. */
  visibleWith?: ClientAction;
}

/** Resolves the session cookie to an actor, then applies the route's declared access rule. */
export function installAuth(app: FastifyInstance, deps: Deps, resolvers: IdResolvers, sessionActor: SessionActor): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.addHook('preHandler', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const actor = await resolveActor(deps, sessionActor, request, reply, 'public' in access);
    if ('public' in access) {
      if (actor) request.ctx = buildCtx(deps, request, actor);
      return;
    }
    if (!actor) throw unauthenticated();
    request.ctx = buildCtx(deps, request, actor);
    addActorToLog(request, actor);
    request.ctx.log = request.log;
    await checkTwoFactorGate(request, actor);
    await applyAccess(request.ctx, access, request, resolvers);
  });
}

/**
 * Every later log line of the request names who acted. Fastify gives each request a logger of its
 * own, so the actor is bound onto it (pino's setBindings, same output) rather than onto a second
 * child logger made per request, which cost ~2.5% of a send's CPU.
 */
function addActorToLog(request: FastifyRequest, actor: Actor): void {
  const bindings = { actorId: actor.userId, role: actor.role };
  const log = request.log as FastifyBaseLogger & { setBindings?: (bindings: Record<string, unknown>) => void };
  if (typeof log.setBindings === 'function') log.setBindings(bindings);
  else request.log = request.log.child(bindings);
}

async function resolveActor(deps: Deps, sessionActor: SessionActor, request: FastifyRequest, reply: FastifyReply, isPublic: boolean): Promise<Actor | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const found = await sessionActor(deps, token, { background: request.headers[BACKGROUND_HEADER] === '1' });
  if (!found) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return undefined;
  }
  if ('ended' in found) {
    // A public route (the crisis lines, sign-in) answers as to anyone; the cookie stays, so the
    // next signed-in request can still say why the session ended.
    if (isPublic) return undefined;
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    const minutes = deps.config.staffIdleMinutes;
    throw unauthenticated(`You were signed out after ${minutes} minutes without activity. Please sign in again.`, { reason: found.ended, idleMinutes: minutes });
  }
  request.sessionTokenHash = found.tokenHash;
  return found.actor;
}

async function checkTwoFactorGate(request: FastifyRequest, actor: Actor): Promise<void> {
  if (actor.mustEnrolTotp && !request.routeOptions.config.beforeTotp) {
    throw forbidden('Please set up two-factor sign-in first.', { reason: 'totp_enrolment_required' });
  }
}

async function applyAccess(ctx: Ctx, access: RouteAccess, request: FastifyRequest, resolvers: IdResolvers): Promise<void> {
  if ('signedIn' in access || 'public' in access) return;
  if ('practice' in access) return authorizePractice(ctx, access.practice);
  if ('practiceByKind' in access) {
    const action = access.practiceByKind[(request.body as { kind?: string } | undefined)?.kind ?? ''];
    if (!action) throw forbidden();
    return authorizePractice(ctx, action);
  }
  const id = (request.params as { id?: string; clientId?: string }).id;
  if ('own' in access) {
    const owner = id ? await resolvers.ownerOf[access.own](ctx.db, ctx.actor.practiceId, id) : undefined;
    if (!owner || owner !== ctx.actor.userId) throw notFound(access.own);
    return;
  }
  let client: ClientAccess;
  if (!access.via) {
    const clientId = (request.params as { clientId?: string }).clientId;
    if (!clientId) throw new Error('A client-scoped route needs a :clientId parameter.');
    client = await authorizeClient(ctx, access.client, clientId);
  } else client = await authorizeThrough(ctx, access.client, access.via, id, resolvers.clientOf[access.via]);
  // The one place an erased client's kept record is guarded: the fact is read with the
  // relationships (no extra query), and every write about the client is refused after the
  // permission check, so who may not act still hears 403 or 404.
  if (client.erased && writesAboutClient(access, request.method)) throw clientErased();
}

/** A thing named by its own id: missing, in another practice or invisible → 404 (as that thing), visible but not allowed → 403. */
async function authorizeThrough(
  ctx: Ctx,
  action: ClientAction,
  resource: ClientResource,
  id: string | undefined,
  resolver: ClientResolver,
): Promise<ClientAccess> {
  if (!id) throw new Error(`A route via ${resource} needs an :id parameter.`);
  const clientId = await resolver.clientOf(ctx.db, ctx.actor.practiceId, id);
  const access = clientId ? await relationshipsTo(ctx.db, ctx.actor, clientId, ctx.clock.now()) : undefined;
  const can = (a: ClientAction) => Boolean(access && allows(clientRules[a], access.relationships, access.scopes));
  if (!access || (resolver.visibleWith && !can(resolver.visibleWith))) throw notFound(resource);
  if (!can(action)) throw forbidden();
  return access;
}

function buildCtx(deps: Deps, request: FastifyRequest, actor: Actor): Ctx {
  return { db: deps.database.db, actor, clock: deps.clock, log: request.log, requestId: request.id, deps };
}
