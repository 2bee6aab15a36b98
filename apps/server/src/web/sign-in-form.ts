import { safeNextPath, SignInBody, signInWords } from '@steadfast/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../http/context';
import { describeError } from '../http/error-handler';
import { AppError, invalid } from '../http/errors';
import { unstorableText } from '../http/json-body';
import { setSessionCookie, signIn, type SignInLimit } from '../modules/identity';
import { renderSignInPage, type SignInForm } from './sign-in-page';

/** A sign-in form is a few hundred bytes; nothing bigger is read. */
const FORM_BODY_LIMIT_BYTES = 8 * 1024;

/** What the form sends, each field as text ('' when absent). */
interface SentForm {
  email: string;
  password: string;
  totp: string;
  next: string;
}

/**
 * The server's own sign-in (issue 22): the form at /sign-in posts here, and the person is signed
 * in with no script at all. The same door as `POST /api/v1/session` in every way that matters:
 * the same checks and lock (identity's signIn), the same rate limit with the same counter, the same
 * cookie, the same words when something is refused, and the same-origin rule for writes
 * (http/csrf.ts, which covers every route). What differs is the answer: a page, not JSON —
 * onwards (303) once signed in, otherwise the form again saying why.
 */
export async function signInFormRoutes(app: FastifyInstance, deps: Deps, shell: string, signInLimit: SignInLimit): Promise<void> {
  // In a plugin of its own: form bodies are understood here and nowhere else, so no API route
  // starts taking the one kind of body another site's page can send without asking first.
  await app.register(async (forms) => {
    forms.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT_BYTES }, (_request, body, done) => {
      const fields = new URLSearchParams(body as string);
      const sent: SentForm = { email: fields.get('email') ?? '', password: fields.get('password') ?? '', totp: fields.get('totp') ?? '', next: fields.get('next') ?? '' };
      const unstorable = unstorableText(sent);
      if (unstorable) return done(invalid(unstorable));
      done(null, sent);
    });

    forms.post('/sign-in', {
      schema: { hide: true },
      config: { access: { public: true } },
      onRequest: signInLimit,
      errorHandler: (error: FastifyError, request, reply) => {
        const { status, body, retryAfterSeconds } = describeError(error, request);
        if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
        const sent = sentFormOf(request.body);
        return sendPage(reply, request, status, { email: sent?.email, next: safeNextPath(sent?.next), error: body.error.message });
      },
      handler: async (request, reply) => {
        const sent = sentFormOf(request.body);
        const next = safeNextPath(sent?.next);
        const checked = SignInBody.safeParse({ email: sent?.email.trim(), password: sent?.password, ...(sent?.totp ? { totp: sent.totp } : {}) });
        if (!sent || !checked.success) {
          const codeWasWrong = checked.error?.issues.some((issue) => issue.path[0] === 'totp');
          if (sent && codeWasWrong) return sendPage(reply, request, 400, { email: sent.email, next, codeStep: { password: sent.password }, error: signInWords.codeNotValid });
          return sendPage(reply, request, 400, { email: sent?.email, next, error: signInWords.notValid });
        }
        try {
          setSessionCookie(reply, deps, await signIn(deps, checked.data, request.headers['user-agent']));
          return reply.header('cache-control', 'no-store').redirect(next, 303);
        } catch (error) {
          if (!asksForCode(error)) throw error;
          // The first "code required" is the next step, not a mistake; a wrong code says so.
          const codeWasSent = checked.data.totp !== undefined;
          const form = { email: checked.data.email, next, codeStep: { password: checked.data.password } };
          return sendPage(reply, request, codeWasSent ? 401 : 200, codeWasSent ? { ...form, error: error.message } : form);
        }
      },
    });

    function sendPage(reply: FastifyReply, request: FastifyRequest, status: number, form: SignInForm) {
      // Never kept: the second step's page carries the password, hidden, to send with the code.
      return reply
        .status(status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderSignInPage(shell, form, request.ctx !== null && request.ctx !== undefined));
    }
  });
}

function sentFormOf(body: unknown): SentForm | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const value = body as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return { email: text('email'), password: text('password'), totp: text('totp'), next: text('next') };
}

function asksForCode(error: unknown): error is AppError {
  return error instanceof AppError && error.code === 'unauthenticated' && (error.details as { totpRequired?: unknown } | undefined)?.totpRequired === true;
}
