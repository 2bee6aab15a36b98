/**
 * When the person last touched, typed, scrolled or came back to the tab. A request made long after
 * that is the app's own (a poll every minute), not theirs: it is marked, so it does not keep a
 * clinician's session from ending when the computer is left unattended (the server's idle timeout).
 */
let lastInputAt = Date.now();

/** Quiet this long and a request counts as the app's own. */
export const QUIET_AFTER_MS = 60_000;

const inputEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'focus'] as const;

/** Starts noticing input on the page (once, at start-up). */
export function watchActivity(target: Window = window): void {
  const seen = () => {
    lastInputAt = Date.now();
  };
  for (const type of inputEvents) target.addEventListener(type, seen, { capture: true, passive: true });
}

/** Whether no one has used the page for a while, so a request now is a background one. */
export function isQuiet(now = Date.now()): boolean {
  return now - lastInputAt > QUIET_AFTER_MS;
}
