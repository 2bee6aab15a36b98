import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestApp } from '../test-app';
import { ContractViolation } from './api-contract';

/**
 * The contract check itself (issue 21): every response the suite receives through the test app is
 * held to the API description, so a status an operation does not declare, or a body its schema
 * refuses, fails the test that made the call. Proven on a route made for it.
 */
const t = useTestApp({
  extraRoutes: async (api) => {
    // Untyped on purpose: the probe answers what its schema does not allow.
    api.get('/api/v1/contract-probe', {
      schema: {
        tags: ['test'],
        summary: 'Answers what the query asks, to prove the contract check',
        querystring: z.strictObject({ answer: z.enum(['ok', 'teapot', 'wrong-body', 'not-found']) }),
        response: { 200: z.object({ ok: z.boolean() }) },
      },
      config: { access: { public: true } },
      handler: async (request, reply) => {
        const { answer } = request.query as { answer: string };
        if (answer === 'teapot') return reply.code(418 as 200).send({ error: { code: 'validation_failed', message: 'I am a teapot.', requestId: request.id } });
        // Sent as text so the serializer's own schema check does not catch it first: the contract check must.
        if (answer === 'wrong-body') return reply.type('application/json').send(JSON.stringify({ ok: 'yes' }));
        if (answer === 'not-found') return reply.code(404 as 200).send({ error: { code: 'not_found', message: 'No such thing.', requestId: request.id } });
        return { ok: true };
      },
    });
  },
});

describe('every response is held to the API description', () => {
  it('passes a response the description declares', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/contract-probe?answer=ok' });
    expect(res.json()).toEqual({ ok: true });
  });

  it('fails the call on a status the operation does not declare', async () => {
    const call = t.request({ method: 'GET', url: '/api/v1/contract-probe?answer=teapot' });
    await expect(call).rejects.toThrow(ContractViolation);
    await expect(t.request({ method: 'GET', url: '/api/v1/contract-probe?answer=teapot' })).rejects.toThrow(
      /GET \/api\/v1\/contract-probe answered 418, which the API description does not declare/,
    );
  });

  it('fails the call on a 404 the route has no reason to answer (no path parameter, public)', async () => {
    await expect(t.request({ method: 'GET', url: '/api/v1/contract-probe?answer=not-found' })).rejects.toThrow(/answered 404/);
  });

  it('fails the call on a body its schema refuses', async () => {
    await expect(t.request({ method: 'GET', url: '/api/v1/contract-probe?answer=wrong-body' })).rejects.toThrow(
      /body does not match its schema: \/ok must be boolean/,
    );
  });

  it('holds direct app.inject calls to it too, and checks a declared error against the error schema', async () => {
    await expect(t.app.inject({ method: 'GET', url: '/api/v1/contract-probe?answer=teapot' })).rejects.toThrow(ContractViolation);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/contract-probe?answer=nonsense' });
    expect(refused.statusCode).toBe(400);
    expect(
      t.contract.problemsWith({
        method: 'GET',
        url: '/api/v1/contract-probe',
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: '{"error":{"code":"oops","message":"x"}}',
      }),
    ).toEqual([expect.stringMatching(/400 body does not match its schema: \/error\/code must be equal to one of the allowed values/)]);
  });

  it('requires Retry-After on a 429, as declared', () => {
    const problems = t.contract.problemsWith({
      method: 'POST',
      url: '/api/v1/session',
      status: 429,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: { code: 'rate_limited', message: 'Wait.', requestId: 'r' } }),
    });
    expect(problems).toEqual([expect.stringMatching(/lacks the Retry-After header/)]);
  });
});
