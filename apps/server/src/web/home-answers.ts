import type { MeResponse } from '@steadfast/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * What the server hands the app with a client's home (issue 22): the API's own answers to the
 * reads the home makes as it is drawn, and the event stream's position when they were read.
 *
 * On a slow phone those reads were a dozen round trips on a slow network, each answer checked
 * against its contract as it came (zod's schemas built on the page's main thread for it), and
 * the cards drawn again as each arrived. With the answers in the page, the app draws the whole
 * home once. They are the API's answers byte for byte: each is made by the API route itself,
 * with the caller's own session, so access and audit are the API's. The app uses them as the
 * answers to those reads until something may have changed them (apps/web/src/app/server-page.ts),
 * and resumes the event stream from `seq`, so nothing that happens after they were read is missed.
 */
export interface HomeAnswers {
  /** The practice's latest event number, read before the answers: the stream resumes after it. */
  seq: number;
  /** API path (with its query) → the JSON the API answered, for the reads that succeeded. */
  answers: Record<string, unknown>;
}

/**
 * The reads the client's home and its frame make as they are drawn, path for path as the app
 * asks (its features' *.api.ts). A path missing here is only fetched as before;
 * e2e/first-paint.test.ts checks that the home asks the API for nothing but its event stream.
 */
export function homeReadPaths(clientId: string): string[] {
  const client = `/api/v1/clients/${encodeURIComponent(clientId)}`;
  return [
    '/api/v1/me',
    client,
    `${client}/checkins/config`,
    `${client}/measures/due`,
    `${client}/agreement`,
    `${client}/reassurance-notes`,
    `${client}/transitions`,
    `${client}/safety-plan`,
    '/api/v1/crisis-lines',
    '/api/v1/notifications?limit=1',
    '/api/v1/peer',
  ];
}

/** Today's check-in, which the app asks for by the client's own day in their check-in time zone. */
export function todaysCheckinPath(clientId: string, timeZone: string, now = new Date()): string {
  const day = dayIn(timeZone, now);
  return `/api/v1/clients/${encodeURIComponent(clientId)}/checkins?from=${day}&to=${day}`;
}

/** YYYY-MM-DD in an IANA zone (the app's todayIn, src/features/check-ins/check-ins.dates.ts). */
function dayIn(timeZone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/**
 * The API's answers to the home's reads. `seq` must have been read before anything the page
 * holds (`me` included): an event written after it is then replayed to the app.
 */
export async function readHomeAnswers(app: FastifyInstance, request: FastifyRequest, me: MeResponse, seq: number): Promise<HomeAnswers | undefined> {
  const clientId = me.user.clientId;
  if (!clientId) return undefined;
  const answers: Record<string, unknown> = {};
  const read = async (url: string) => {
    const reply = await app.inject({ method: 'GET', url, headers: { cookie: request.headers.cookie ?? '', accept: 'application/json' } });
    if (reply.statusCode === 200) answers[url] = reply.json();
  };
  await Promise.all(homeReadPaths(clientId).map(read));
  const timeZone = (answers[`/api/v1/clients/${encodeURIComponent(clientId)}/checkins/config`] as { timeZone?: unknown } | undefined)?.timeZone;
  if (typeof timeZone === 'string') await read(todaysCheckinPath(clientId, timeZone));
  return { seq, answers };
}
