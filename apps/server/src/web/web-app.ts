import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { safeNextPath } from '@steadfast/contracts';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/context';
import { getMe, type SignInLimit } from '../modules/identity';
import { latestSeq } from '../modules/realtime';
import { renderHelpPage } from './help-page';
import { readHomeAnswers } from './home-answers';
import { renderClientHome } from './home-page';
import { signInFormRoutes } from './sign-in-form';
import { renderSignInPage } from './sign-in-page';

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Text the server makes at request time (API JSON, the /help page) is compressed once it is
 * worth it. The event stream is left alone twice over: it hijacks its reply, so no onSend hook
 * sees it, and its type is not in the list. Request bodies are not decompressed: the body limit
 * is meant for what arrives, not for what it expands to.
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: /^(application\/(json|javascript|manifest\+json)|text\/(html|css|javascript|plain)|image\/svg\+xml)\b/,
    // Quality 4: most of the saving at a fraction of the CPU of the maximum, on every API answer.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/**
 * Serves the built web app. Its text files were compressed at build time (apps/web/build/
 * precompress.ts) and go out as they are. Hashed assets never change; everything else (the
 * shell, the service worker, the manifest) is revalidated on every use, so it is never stale.
 * /help answers the crisis screen already rendered (help-page.ts), / a signed-in client's home
 * (home-page.ts), /sign-in its form (sign-in-page.ts), which posts to the server's own sign-in
 * (sign-in-form.ts); other paths the app's shell.
 */
export async function serveWebApp(app: FastifyInstance, deps: Deps, signInLimit: SignInLimit): Promise<void> {
  const root = deps.config.webDist ?? defaultWebDist;
  const indexPath = path.join(root, 'index.html');
  if (!fs.existsSync(indexPath)) return;
  const shell = fs.readFileSync(indexPath, 'utf8');
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    // '/' is answered below: a signed-in client's home is painted by the server.
    index: false,
    preCompressed: true,
    setHeaders(res, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
      else res.header('cache-control', 'no-cache');
    },
  });
  app.get('/help', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const html = await renderHelpPage(shell, request.ctx as typeof request.ctx | null);
    // Who is signed in shapes the page (their practice's lines): never shared, never reused unchecked.
    return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-cache').header('vary', 'cookie').send(html);
  });
  app.get('/', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const ctx = request.ctx as typeof request.ctx | null;
    // A client's home paints its top before the app has loaded; anyone else gets the app's shell.
    if (!ctx || ctx.actor.role !== 'client' || ctx.actor.mustEnrolTotp)
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    // The stream's position first, so that nothing written while the page is made goes unheard.
    const seq = await latestSeq(deps.database.db, ctx.actor.practiceId);
    const me = await getMe(ctx);
    const answers = await readHomeAnswers(app, request, me, seq);
    const html = renderClientHome(shell, me, answers);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-cache').header('vary', 'cookie').send(html);
  });
  app.get('/sign-in', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    // A notice above the form (a new account, a new password, an idle sign-out) is the app's to
    // draw: such a visit gets the app's shell, so nothing moves down when the app takes over.
    if (['welcome', 'reset', 'idle'].some((key) => key in query)) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    const email = typeof query.email === 'string' ? query.email.slice(0, 320) : undefined;
    const next = safeNextPath(typeof query.next === 'string' ? query.next.slice(0, 2000) : undefined);
    // The same page whoever asks, as the app shows it to a signed-in person too; only the session hint differs.
    const html = renderSignInPage(shell, { email, next }, (request.ctx as typeof request.ctx | null) !== null);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'cookie').send(html);
  });
  await signInFormRoutes(app, deps, shell, signInLimit);
  // A catch-all GET route, not a second not-found handler: installErrorHandler already set the
  // one Fastify allows, and a second one stopped the app from starting whenever the web app was built.
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (!request.url.startsWith('/api/')) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: 'No such route.', requestId: request.id } });
  });
}
