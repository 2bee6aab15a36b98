import type { MeResponse } from '@steadfast/contracts';

/**
 * What the server put in a page it rendered itself (/help and a client's home,
 * apps/server/src/web): which page, whether it saw a session, who is signed in, and the app's
 * stylesheet held back so it did not delay the first paint. Both speak only for the page the server answered: the hint is dropped at the first
 * move inside the app.
 */
const SESSION_HINT = 'meta[name="steadfast-session"]';
const ME = 'steadfast-me';
const ANSWERS = 'steadfast-answers';
/** How long the server's answers stand in for the API at most: the query client's staleTime. */
const ANSWERS_LAST_MS = 30_000;

/** The page the server painted ('help', 'home'), or undefined when it sent the bare shell. */
export function serverPage(): string | undefined {
  return document.getElementById('root')?.dataset.serverPage;
}

/**
 * Who is signed in, as the server handed it over with the page. The server's own answer to
 * /api/v1/me, so it is not checked again here (zod is not in the first download); the app asks
 * for /me again in the background all the same.
 */
export function serverMe(): MeResponse | undefined {
  const text = document.getElementById(ME)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as MeResponse;
  } catch {
    return undefined;
  }
}

/** True when the server answered this page and saw no session: asking the API for anything personal would only be refused. */
export function serverSawNoSession(): boolean {
  return document.querySelector(SESSION_HINT)?.getAttribute('content') === 'signed-out';
}

/** After the first navigation the hint may be wrong (the person may have signed in since). */
export function forgetServerHints(): void {
  document.querySelector(SESSION_HINT)?.remove();
  document.getElementById(ME)?.remove();
  forgetServerAnswers();
}

interface ServerAnswers {
  seq: number | undefined;
  byPath: Map<string, unknown>;
}

/** Read from the page at first use; forgetting them removes them from the page too. */
let serverAnswers: ServerAnswers | undefined;

function readServerAnswers(): ServerAnswers | undefined {
  const text = document.getElementById(ANSWERS)?.textContent;
  if (!text) return undefined;
  try {
    const given = JSON.parse(text) as { seq?: unknown; answers?: unknown };
    if (typeof given.answers !== 'object' || given.answers === null) return undefined;
    return { seq: typeof given.seq === 'number' ? given.seq : undefined, byPath: new Map(Object.entries(given.answers)) };
  } catch {
    return undefined;
  }
}

function currentServerAnswers(): ServerAnswers | undefined {
  serverAnswers ??= readServerAnswers();
  // The page's own age: past a query's staleTime the app would have asked again anyway.
  if (serverAnswers && performance.now() > ANSWERS_LAST_MS) forgetServerAnswers();
  return serverAnswers;
}

/**
 * The API's answer to a read of `path`, as the server gave it with a client's home
 * (apps/server/src/web/home-answers.ts): the API route's own answer for this session, made as the
 * page was, so it is not checked against its contract again (as with `serverMe`). It stands in
 * for the API until something may have changed it: a write from this page, an event on the
 * stream (which resumes from where the answers were read: `serverEventSeq`), the first move
 * inside the app, or thirty seconds. Undefined from then on, and for any other path.
 */
export function serverAnswer(path: string): { body: unknown } | undefined {
  const answers = currentServerAnswers();
  return answers?.byPath.has(path) ? { body: answers.byPath.get(path) } : undefined;
}

/** The event stream's position when the server read its answers: the stream resumes after it. */
export function serverEventSeq(): number | undefined {
  return currentServerAnswers()?.seq;
}

export function forgetServerAnswers(): void {
  serverAnswers = undefined;
  document.getElementById(ANSWERS)?.remove();
}

/** The app's stylesheet when the server held it back (media="print" until the app takes over). */
export function heldBackStylesheet(): HTMLLinkElement | null {
  return document.querySelector<HTMLLinkElement>('link[data-app-css]');
}

/** Resolves once the stylesheet has arrived (or failed: the app then shows unstyled rather than not at all). */
export function stylesheetLoaded(link: HTMLLinkElement): Promise<void> {
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

/** Applies the held-back stylesheet: called as the app's own page replaces the server's, before that frame paints. */
export function switchOnStylesheet(link: HTMLLinkElement): void {
  link.media = 'all';
  link.removeAttribute('data-app-css');
}
