import { isApiError } from './api';

/** The sign-in page, remembering where the person was going (and, after an idle timeout, saying so). */
export function signInPath(location: { pathname: string; search: string }, idleMinutes?: number): string {
  const next = location.pathname + location.search;
  const params = new URLSearchParams();
  if (!(next === '/' || next.startsWith('/sign-in'))) params.set('next', next);
  if (idleMinutes !== undefined) params.set('idle', String(idleMinutes));
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}

/** The minutes after which the server ended an unused staff session, when that is why a request was refused. */
export function idleMinutesOf(error: unknown): number | undefined {
  if (!isApiError(error, 'unauthenticated') || error.detail('reason') !== 'session_idle') return undefined;
  const minutes = error.detail('idleMinutes');
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? minutes : undefined;
}
