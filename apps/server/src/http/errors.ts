import type { ErrorCode } from '@steadfast/contracts';

/** HTTP status per error code, declared once (STYLE.md). */
export const statusOf = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation_failed: 400,
  conflict: 409,
  client_erased: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

/** The one error class services throw; its message never carries clinical text. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return statusOf[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `No such ${what}.`);
export const forbidden = (message = 'You are not allowed to do that.', details?: unknown) =>
  new AppError('forbidden', message, details);
export const unauthenticated = (message = 'Please sign in.', details?: unknown) =>
  new AppError('unauthenticated', message, details);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
export const invalid = (message: string, details?: unknown) => new AppError('validation_failed', message, details);
/** A write about a client whose record was erased (issue 18): the kept record stays as it was. */
export const clientErased = () =>
  new AppError(
    'client_erased',
    "This person's record was erased at their request. What the practice must keep stays as it was, so nothing new can be added to it.",
  );
