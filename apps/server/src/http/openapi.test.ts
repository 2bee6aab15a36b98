import { compileErrors, validate } from '@readme/openapi-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

/**
 * The API description (GET /api/v1/openapi.json) is a valid OpenAPI document by an OpenAPI
 * validator, not only by our own reading of it (issues 19, 21), and every operation documents the
 * errors it can answer, generated from what the route declares (http/openapi.ts).
 */
const t = useTestApp();

interface Operation {
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: unknown;
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
  security?: Record<string, string[]>[];
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    responses: Record<string, { headers?: Record<string, unknown>; content: Record<string, { schema: { $ref: string } }> }>;
    securitySchemes: Record<string, unknown>;
  };
}

let doc: Document;
const operations: { key: string; op: Operation }[] = [];

beforeAll(async () => {
  doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as Document;
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) operations.push({ key: `${method.toUpperCase()} ${path}`, op });
});

const op = (key: string) => operations.find((o) => o.key === key)!.op;
const statuses = (key: string) => Object.keys(op(key).responses);

describe('the API description', () => {
  it('is a valid OpenAPI 3 document by @readme/openapi-parser', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    expect(result.specification).toBe('OpenAPI');
    expect(doc.openapi).toMatch(/^3\.(0|1)\./);
    expect(operations.length).toBeGreaterThan(100);
  });

  it('documents at least one 4xx with the shared error schema on every operation that takes input or a session', () => {
    // Only an operation that takes nothing and needs no session cannot answer a 4xx: the health check.
    const without = operations.filter(({ op }) => !Object.keys(op.responses).some((s) => s.startsWith('4')));
    expect(without.map((o) => o.key)).toEqual(['GET /api/v1/health']);
    expect(without[0]!.op).toMatchObject({ security: [] });
    expect(without[0]!.op.parameters ?? []).toEqual([]);
    for (const { op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith('2')) continue;
        expect(response.$ref, status).toMatch(/^#\/components\/responses\//);
        const shared = doc.components.responses[response.$ref!.split('/').pop()!]!;
        expect(shared.content['application/json']!.schema.$ref).toBe('#/components/schemas/Error');
      }
      expect(op.responses['500']).toBeDefined();
    }
  });

  it('derives each error from the route declaration', () => {
    // Public sign-in: no 401 from a missing session, but a rate limit, a body and its own wrong-password refusal.
    expect(statuses('POST /api/v1/session')).toEqual(['200', '400', '401', '403', '413', '415', '429', '500']);
    expect(op('POST /api/v1/session').security).toEqual([]);
    // A client-scoped write with an Idempotency-Key: the key makes 409, the client 404, the permission 403.
    expect(statuses('POST /api/v1/clients/{clientId}/messages')).toEqual(['200', '201', '400', '401', '403', '404', '409', '413', '414', '415', '500']);
    expect(op('POST /api/v1/clients/{clientId}/messages').security).toEqual([{ session: [] }]);
    // A read allowed before two-factor set-up, with no input: only "sign in".
    expect(statuses('GET /api/v1/me')).toEqual(['200', '401', '500']);
    // A practice permission on a read: 401 and 403, and no 404 (nothing is named).
    expect(statuses('GET /api/v1/triage')).toEqual(['200', '401', '403', '500']);
  });

  it('documents the session cookie, Retry-After, Idempotency-Key and Last-Event-ID', () => {
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'steadfast_session' });
    expect(doc.components.responses.TooManyRequests!.headers!['Retry-After']).toMatchObject({ required: true });
    expect(op('POST /api/v1/clients/{clientId}/messages').parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true }),
    );
    expect(op('GET /api/v1/events').parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'last-event-id' }));
  });

  it('names the media type of each body that is not JSON', () => {
    expect(Object.keys(op('GET /api/v1/events').responses['200']!.content!)).toEqual(['text/event-stream']);
    expect(Object.keys(op('GET /api/v1/calendar-feeds/{file}').responses['200']!.content!)).toEqual(['text/calendar']);
    expect(Object.keys(op('GET /api/v1/clients/{clientId}/checkins/export.csv').responses['200']!.content!)).toEqual(['text/csv']);
  });
});
