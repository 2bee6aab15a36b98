import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, type ErrorCode } from '@steadfast/contracts';
import { writesAboutClient, type RouteAccess } from '../access/rules';
import { SESSION_COOKIE } from './auth';
import { statusOf } from './errors';

/**
 * The API description (SPEC §4) is generated, never written per route: the 2xx bodies from each
 * route's zod schemas, and every error a route can answer from what the route declares — its
 * access rule, its input schemas, its headers, its rate limit and the refusals its service names.
 * The rules below are the same facts the request pipeline acts on (auth.ts, csrf.ts, json-body.ts,
 * error-handler.ts), so the description stays as true as the code; the contract tests
 * (testing/contract) hold every response of the suite against it.
 */

/** What a route declares beyond its access rule: refusals its own service can answer, which no schema shows. */
declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Error codes the route's service answers on its own (a stale version's conflict, a wrong
     * password's unauthenticated), beyond what the access rule and the schemas already imply.
     */
    refuses?: readonly ErrorCode[];
  }
}

/** The route facts the error statuses follow from; read off the route at document time. */
export interface RouteDeclaration {
  method: string;
  url: string;
  access: RouteAccess;
  beforeTotp: boolean;
  rateLimited: boolean;
  hasBodySchema: boolean;
  hasQuerySchema: boolean;
  hasHeaderSchema: boolean;
  idempotent: boolean;
  refuses: readonly ErrorCode[];
}

/** Methods whose requests carry a body Fastify parses (and so can refuse as malformed, too large or of an unknown type). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why each error status appears: one shared response per status, each with the one error shape. */
const ERROR_RESPONSES = {
  400: { name: 'BadRequest', description: 'The request is not valid: the body, query, headers or address failed validation (code validation_failed).' },
  401: { name: 'Unauthenticated', description: 'No live session: sign in and send the session cookie (code unauthenticated).' },
  403: {
    name: 'Forbidden',
    description:
      'Signed in but not allowed: the permission is missing, two-factor sign-in is not set up yet, or a cross-site write was refused (code forbidden).',
  },
  404: { name: 'NotFound', description: 'The thing named in the address does not exist or is not visible to the caller (code not_found).' },
  409: {
    name: 'Conflict',
    description:
      'The request conflicts with the current state (a stale version, a reused Idempotency-Key with another body, an already-answered request) (code conflict), or writes about a client whose record was erased: what was kept stays as it was (code client_erased).',
  },
  413: { name: 'PayloadTooLarge', description: 'The request body is larger than 64 KiB (code payload_too_large).' },
  414: { name: 'UriTooLong', description: 'A part of the address is too long (code validation_failed).' },
  415: { name: 'UnsupportedMediaType', description: 'The body is not JSON: send Content-Type: application/json (code validation_failed).' },
  429: { name: 'TooManyRequests', description: 'Too many attempts; wait the seconds that Retry-After says (code rate_limited).' },
  500: { name: 'InternalError', description: 'Something failed on the server; nothing was saved (code internal).' },
} as const;
export type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** Path parameters a route takes (`:clientId`), from its url. */
function pathParams(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

/** The error statuses a route can answer, each derived from one fact the route declares. */
export function errorStatusesOf(d: RouteDeclaration): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>([500]);
  const isPublic = 'public' in d.access;
  const params = pathParams(d.url);
  const takesBody = BODY_METHODS.has(d.method);
  // Input the schemas validate, a JSON body the parser refuses, or an address the router cannot decode.
  if (d.hasBodySchema || d.hasQuerySchema || d.hasHeaderSchema || params.length > 0 || takesBody) statuses.add(400);
  if (params.length > 0) statuses.add(414);
  if (takesBody) for (const s of [413, 415] as const) statuses.add(s);
  if (!isPublic) statuses.add(401);
  // The permission check, the two-factor gate (unless the route is allowed before it) and the cross-site write check.
  if (!isPublic && !('signedIn' in d.access)) statuses.add(403);
  if (!isPublic && !d.beforeTotp) statuses.add(403);
  if (!SAFE_METHODS.has(d.method)) statuses.add(403);
  // A named thing may be missing or invisible; a client's data is 404 to those who cannot see the client.
  if (params.length > 0 || 'client' in d.access || 'own' in d.access) statuses.add(404);
  if (d.idempotent || writesAboutClient(d.access, d.method)) statuses.add(409);
  if (d.rateLimited) statuses.add(429);
  for (const code of d.refuses) statuses.add(statusOf[code] as ErrorStatus);
  return [...statuses].sort((a, b) => a - b);
}

/** Reads the declaration off a route as @fastify/swagger hands it to the transform. */
export function declarationOf(route: RouteOptions, method: string): RouteDeclaration | undefined {
  const config = (route.config ?? {}) as { access?: RouteAccess; beforeTotp?: boolean; rateLimit?: unknown; refuses?: readonly ErrorCode[] };
  if (!config.access) return undefined;
  const schema = (route.schema ?? {}) as { body?: unknown; querystring?: unknown; headers?: z.ZodType };
  return {
    method,
    url: route.url,
    access: config.access,
    beforeTotp: Boolean(config.beforeTotp),
    rateLimited: Boolean(config.rateLimit),
    hasBodySchema: Boolean(schema.body),
    hasQuerySchema: Boolean(schema.querystring),
    hasHeaderSchema: Boolean(schema.headers),
    idempotent: headerNames(schema.headers).includes('idempotency-key'),
    refuses: config.refuses ?? [],
  };
}

function headerNames(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const DECLARATION_KEY = 'x-steadfast-declaration';
const SECURITY_SCHEME = 'session';

/** The options for @fastify/swagger that produce the description above. */
export function openApiOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Steadfast API',
        version: '1.0.0',
        description:
          'Between-session therapy care. Every error is {error:{code,message,requestId,details?}} with code from a closed set; ' +
          'the statuses each operation can answer are listed with it. Sign in with POST /api/v1/session; the session is the ' +
          `${SESSION_COOKIE} cookie. Writes from a browser must be same-origin.`,
      },
      components: {
        securitySchemes: {
          [SECURITY_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'The session cookie set by POST /api/v1/session (HttpOnly, SameSite=Lax).',
          },
        },
      },
    },
    transform: (args) => {
      const result = jsonSchemaTransform(args);
      const route = args.route as RouteOptions;
      const method = [route.method].flat()[0]!;
      const declaration = declarationOf(route, method);
      if (!declaration || !result.schema || (result.schema as { hide?: boolean }).hide) return result;
      return { ...result, schema: { ...result.schema, [DECLARATION_KEY]: declaration } };
    },
    transformObject: (document) => describeErrors((document as { openapiObject: OpenApiObject }).openapiObject),
  };
}

interface OpenApiOperation {
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [DECLARATION_KEY]?: RouteDeclaration;
  [key: string]: unknown;
}
interface OpenApiObject {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas?: Record<string, unknown>; responses?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
  [key: string]: unknown;
}

/** Adds the shared error schema and responses, then each operation's error statuses and security. */
function describeErrors(doc: OpenApiObject): OpenApiObject {
  if (doc.openapi.startsWith('3.0')) nullableAsOpenApi30Means(doc);
  const errorSchema = z.toJSONSchema(ErrorBody, { target: doc.openapi.startsWith('3.0') ? 'openapi-3.0' : 'draft-2020-12' });
  delete (errorSchema as { $schema?: string }).$schema;
  doc.components.schemas = { ...doc.components.schemas, Error: { ...errorSchema, description: 'The one error shape (SPEC §4).' } };
  const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  doc.components.responses = Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([status, { name, description }]) => [
      name,
      {
        description,
        content: errorContent,
        ...(status === '429'
          ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', required: true, schema: { type: 'integer', minimum: 0 } } } }
          : {}),
      },
    ]),
  );
  for (const operations of Object.values(doc.paths)) {
    for (const operation of Object.values(operations)) {
      const declaration = operation[DECLARATION_KEY];
      if (!declaration) continue;
      delete operation[DECLARATION_KEY];
      for (const status of errorStatusesOf(declaration)) {
        operation.responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
      }
      operation.security = 'public' in declaration.access ? [] : [{ [SECURITY_SCHEME]: [] }];
    }
  }
  return doc;
}

/**
 * OpenAPI 3.0.3 gives `nullable: true` a meaning only beside `type`, and it does not widen an
 * `enum` (null is allowed only when the enum lists it). zod writes nullable enums without null and
 * nullable unions (`anyOf`) without a type, so a strict validator — ours (Ajv), or an
 * integrator's — refused the nulls the API really sends (found by the contract tests). Here null
 * is listed in such enums, and a nullable `anyOf` passes its nullability to each branch.
 */
function nullableAsOpenApi30Means(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) nullableAsOpenApi30Means(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as { nullable?: unknown; type?: unknown; enum?: unknown[]; anyOf?: { nullable?: boolean }[] };
  if (schema.nullable === true && schema.type === undefined && Array.isArray(schema.anyOf)) {
    delete schema.nullable;
    for (const branch of schema.anyOf) branch.nullable = true;
  }
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  for (const value of Object.values(node)) nullableAsOpenApi30Means(value);
}
