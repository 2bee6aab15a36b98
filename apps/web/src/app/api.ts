import type { ErrorCode } from '@steadfast/contracts';
import { isQuiet } from './activity';
import { appWords } from './app.words';
import { forgetServerAnswers, serverAnswer } from './server-page';

/** Any zod schema from @steadfast/contracts: what the client needs of it, without importing zod. */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export type Contracts = typeof import('./contracts');

/**
 * A response's contract: the schema itself (code that is loaded lazily anyway), or a pick from
 * the contracts module, which is then loaded beside the request instead of in the first download.
 */
export type SchemaArg<T> = ResponseSchema<T> | ((contracts: Contracts) => ResponseSchema<T>);

let contracts: Promise<Contracts> | undefined;

function resolveSchema<T>(schema: SchemaArg<T>): Promise<ResponseSchema<T>> | ResponseSchema<T> {
  if (typeof schema !== 'function') return schema;
  contracts ??= import('./contracts-loader')
    .then((m) => m.loadContracts())
    .catch((error: unknown) => {
      // Offline before the code was cached: try again next time rather than fail for good.
      contracts = undefined;
      throw error;
    });
  return contracts.then(schema);
}

/** Failures the browser sees before or after the API answers. */
export type ClientErrorCode = 'network' | 'bad_response';

/** The API's error shape `{error:{code,message,requestId,details}}`, or a failure to reach it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly requestId?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** A field of `details` when it is an object, e.g. `totpRequired` or `reason`. */
  detail(name: string): unknown {
    return typeof this.details === 'object' && this.details !== null ? (this.details as Record<string, unknown>)[name] : undefined;
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the API with the session cookie and checks the answer against its contract.
 * A body is sent as JSON only when there is one: the server refuses an empty JSON body.
 */
export async function apiRequest<T>(path: string, schemaArg: SchemaArg<T>, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, headers = {}, signal } = options;
  if (method === 'GET') {
    const given = serverAnswer(path);
    if (given) return given.body as T;
  } else {
    // A write may change what the server's answers say: from now on the API answers itself.
    forgetServerAnswers();
  }
  const schemaReady = Promise.resolve(resolveSchema(schemaArg));
  // Never an unhandled rejection when the request fails first; the await below reports it.
  schemaReady.catch(() => undefined);
  // A page's reads start together as it mounts: each goes out in a task of its own, so a slow
  // phone is not held for all of them in one piece (issue 22). A write goes at once.
  if (method === 'GET') await new Promise((resolve) => setTimeout(resolve, 0));
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        // The server does not count it as activity: a poll must not keep an unattended session open.
        ...(isQuiet() ? { 'x-steadfast-background': '1' } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', appWords.offline);
  }
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response, payload);
  let schema: ResponseSchema<T>;
  try {
    schema = await schemaReady;
  } catch {
    throw new ApiError(0, 'network', appWords.offline);
  }
  // Requests that waited for the contracts all resume at once: each checks its answer in a task
  // of its own, so a slow phone is not held for the whole batch (issue 22).
  await new Promise((resolve) => setTimeout(resolve, 0));
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'bad_response', appWords.badResponse, response.headers.get('x-request-id') ?? undefined);
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; requestId?: unknown; details?: unknown } } | undefined)?.error;
  const requestId = typeof error?.requestId === 'string' ? error.requestId : (response.headers.get('x-request-id') ?? undefined);
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(response.status, error.code as ErrorCode, error.message, requestId, error.details);
  }
  // A proxy or an offline service worker answered, not the API.
  return new ApiError(
    response.status,
    response.status >= 500 ? 'internal' : 'bad_response',
    response.status >= 500 ? appWords.unexpected : appWords.badResponse,
    requestId,
  );
}
