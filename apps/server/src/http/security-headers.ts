import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers on every response, worked out ONCE. @fastify/helmet rebuilt helmet's
 * middleware (parsing the CSP directives again) on every request, about 3% of a send's CPU; our
 * options hold no per-request value (no nonces, no directive functions), so the headers helmet
 * writes are the same for every request: run it once against a recorder and replay what it did.
 * Set in onRequest on the raw response as @fastify/helmet did, so that errors, 404s and bad input
 * carry them too, and a route's own header still wins.
 */
export function installSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = headersHelmetSets(options);
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (let i = 0; i < headers.length; i += 1) raw.setHeader(headers[i]![0], headers[i]![1]);
    done();
  });
}

/** The headers helmet sets for these options, in its order (a header it removes, X-Powered-By, is never set here). */
export function headersHelmetSets(options: HelmetOptions): [string, string][] {
  const set = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string) {
      set.set(name, String(value));
    },
    removeHeader(name: string) {
      set.delete(name);
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return [...set];
}
