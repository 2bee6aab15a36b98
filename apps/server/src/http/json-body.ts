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
      const unstorable = unstorableText(value);
      if (unstorable) return done(invalid(unstorable));
      done(null, value);
    });
  });
}

/** Why text in a body cannot be stored (the NUL character, a lone surrogate), or undefined when it can. Any body parser uses it. */
export function unstorableText(value: unknown): string | undefined {
  if (holdsNul(value)) return 'Text cannot contain the NUL character (U+0000).';
  if (holdsLoneSurrogate(value)) return 'Text must be valid Unicode (a half of a character pair arrived alone).';
  return undefined;
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v));
  return false;
}

/**
 * A lone UTF-16 surrogate ("\ud800" in JSON) is no character at all: PostgreSQL refuses it in a
 * jsonb column, so a check-in label holding one failed as a 500 (found by the fuzzer once it aimed
 * clinicians at their own clients). In `u` mode a paired surrogate is one code point and does not match.
 */
function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return /\p{Surrogate}/u.test(value);
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => holdsLoneSurrogate(k) || holdsLoneSurrogate(v));
  return false;
}
