import type { FastifyInstance } from 'fastify';
import { invalid } from './errors';

/**
 * JSON bodies, parsed by Fastify's own parser (which refuses `__proto__` and `constructor`
 * poisoning), then refused when any text in them holds NUL (U+0000): PostgreSQL cannot store
 * it in a text column, so it failed as a 500 deep in the database on every route that saves text
 * (found by the fuzzer, testing/fuzz). JSON can only carry NUL escaped, and no form or screen here
 * takes one, so this is bad input: a 400 before anything runs.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      if (holdsNul(value)) return done(invalid('Text cannot contain the NUL character (U+0000).'));
      done(null, value);
    });
  });
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v));
  return false;
}
