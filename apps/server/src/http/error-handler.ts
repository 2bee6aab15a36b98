import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '@steadfast/contracts';
import { AppError } from './errors';

const codeForStatus: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
};

/** A failure as the one error shape says it (SPEC §4), with its status and any wait to respect. */
export interface DescribedError {
  status: number;
  body: { error: { code: ErrorCode; message: string; requestId: string; details?: unknown } };
  retryAfterSeconds?: number;
}

/**
 * What any failure becomes: bad input is a 4xx, never a 500; messages carry no clinical text.
 * One place decides, for the API's JSON and for the server's own HTML form (web/sign-in-form.ts).
 */
export function describeError(error: FastifyError, request: FastifyRequest): DescribedError {
  const requestId = request.id;
  if (error instanceof AppError) {
    const retryAfterSeconds = error.code === 'rate_limited' && isRetryDetails(error.details) ? error.details.retryAfterSeconds : undefined;
    const body = { error: { code: error.code, message: error.message, requestId, ...(error.details !== undefined ? { details: error.details } : {}) } };
    return { status: error.status, body, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({ path: v.instancePath || '/', message: v.message }));
    return { status: 400, body: { error: { code: 'validation_failed', message: `The ${error.validationContext ?? 'request'} is not valid.`, requestId, details } } };
  }
  if (!isResponseSerializationError(error) && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    const code = codeForStatus[error.statusCode] ?? 'validation_failed';
    return { status: error.statusCode, body: { error: { code, message: publicMessage(error), requestId } } };
  }
  request.log.error({ err: error }, 'unhandled error');
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side. What you sent was not saved; please try again.', requestId } } };
}

/** One error shape for every failure (SPEC §4). */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body, retryAfterSeconds } = describeError(error, request);
    if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'No such route.', requestId: request.id } }),
  );
}

/**
 * The router refuses some addresses before any route or error handler runs (a broken percent
 * escape, a path parameter over maxParamLength); Fastify then answers in its own shape unless
 * given this, so these too get the one error shape (found by the fuzzer, testing/fuzz).
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  const message = status === 414 ? 'A part of the address is too long.' : 'The address is not valid.';
  void reply.status(status).send({ error: { code: 'validation_failed', message, requestId: request.id } });
}

function publicMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is not valid JSON.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send JSON with Content-Type: application/json.';
    default:
      return String(error.message ?? 'The request was refused.').slice(0, 200);
  }
}

function isRetryDetails(d: unknown): d is { retryAfterSeconds: number } {
  return typeof d === 'object' && d !== null && typeof (d as { retryAfterSeconds?: unknown }).retryAfterSeconds === 'number';
}
