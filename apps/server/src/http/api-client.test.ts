import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSteadfastClient, type ErrorCode, type SteadfastClient } from '@steadfast/api-client';
import { CLIENT_SCHEMA_PATH, clientSchemaSource } from '../../../../scripts/api-client';
import { DEMO_PASSWORD, demoPeople } from '../demo/demo-people';
import { nextTestAddress, useTestApp } from '../testing/test-app';

/**
 * The typed client an integrator would generate (packages/api-client: openapi-typescript types
 * and openapi-fetch) is generated from this app's own description, stays current with the routes,
 * and works against the real server over HTTP — errors included, typed with the one error shape.
 */
const t = useTestApp();
let api: SteadfastClient;

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  api = createSteadfastClient({ baseUrl: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}` });
});

describe('the typed API client', () => {
  it('is generated from the current API description (run `npm run api-client` after changing a route)', async () => {
    const document = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as object;
    expect(
      readFileSync(CLIENT_SCHEMA_PATH, 'utf8') === (await clientSchemaSource(document)),
      'packages/api-client/src/schema.d.ts is stale: run npm run api-client',
    ).toBe(true);
  });

  it('signs in, reads with the session cookie, and gets refusals typed as the one error shape', async () => {
    const signIn = await api.POST('/api/v1/session', {
      body: { email: demoPeople.sam.email, password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    expect(signIn.response.status).toBe(200);
    const cookie = signIn.response.headers
      .getSetCookie()
      .find((c) => c.startsWith('steadfast_session='))!
      .split(';')[0]!;

    const me = await api.GET('/api/v1/me', { headers: { cookie } });
    // Typed: `role` is the closed set of roles, `clientId` a string where the person is a client.
    const role: 'admin' | 'clinician' | 'client' | undefined = me.data?.user.role;
    expect(role).toBe('client');
    expect(me.data?.user.clientId).toBe(t.demo.clients.sam);

    const plan = await api.GET('/api/v1/clients/{clientId}/safety-plan', { params: { path: { clientId: t.demo.clients.sam } }, headers: { cookie } });
    expect(plan.data?.version).toBeGreaterThan(0);

    // Alex's plan is not Sam's to see: a 404 whose body the client types as the error shape.
    const refused = await api.GET('/api/v1/clients/{clientId}/safety-plan', { params: { path: { clientId: t.demo.clients.alex } }, headers: { cookie } });
    const code: ErrorCode | undefined = refused.error?.error.code;
    expect(refused.response.status).toBe(404);
    expect(code).toBe('not_found');

    const anonymous = await api.GET('/api/v1/me');
    expect(anonymous.error?.error.code).toBe('unauthenticated');
  });

  it('rejects, at compile time, a path or body the API does not have', () => {
    // Only type-checked: `npm run typecheck` fails if these stop being errors.
    const unused = () => {
      // @ts-expect-error no such path
      void api.GET('/api/v1/no-such-path');
      // @ts-expect-error a sign-in needs an email and a password
      void api.POST('/api/v1/session', { body: { email: 'a@example.org' } });
    };
    expect(typeof unused).toBe('function');
  });
});
