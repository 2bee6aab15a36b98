/**
 * What the server put in a page it rendered itself (/help, apps/server/src/web/help-page.ts):
 * whether it saw a session, and the app's stylesheet held back so it did not delay the first
 * paint. Both speak only for the page the server answered: the hint is dropped at the first
 * move inside the app.
 */
const SESSION_HINT = 'meta[name="steadfast-session"]';

/** True when the server answered this page and saw no session: asking the API for anything personal would only be refused. */
export function serverSawNoSession(): boolean {
  return document.querySelector(SESSION_HINT)?.getAttribute('content') === 'signed-out';
}

/** After the first navigation the hint may be wrong (the person may have signed in since). */
export function forgetServerHints(): void {
  document.querySelector(SESSION_HINT)?.remove();
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
