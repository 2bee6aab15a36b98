import type { FastifyInstance } from 'fastify';
import { forbidden } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery protection for cookie sessions. Browsers mark every request with
 * Sec-Fetch-Site and writes with Origin; a state-changing request from another site is refused. Scripts that send neither header carry no ambient cookie risk and pass.
 * SameSite=Lax on the cookie is the second layer.
 */
export function installCsrfProtection(app: FastifyInstance, publicUrl: string): void {
  const trusted = new Set([new URL(publicUrl).origin]);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    // No page can set Sec-Fetch-Site, so a browser's "same-origin" settles it. It must: a form
    // posted from a page served with Referrer-Policy: no-referrer (all of ours) carries
    // Origin: null by the Fetch standard, and the server's own sign-in form is such a post.
    if (site === 'same-origin') return;
    if (site && site !== 'none') throw forbidden('Cross-site request refused.', { reason: 'csrf' });
    const origin = request.headers.origin;
    if (origin && origin !== 'null' && !trusted.has(origin) && origin !== `${request.protocol}://${request.host}`) {
      throw forbidden('Cross-site request refused.', { reason: 'csrf' });
    }
    if (origin === 'null') throw forbidden('Cross-site request refused.', { reason: 'csrf' });
  });
}
