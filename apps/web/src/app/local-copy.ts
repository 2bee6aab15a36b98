/**
 * The last good copy of what the crisis screen needs, kept in localStorage so that screen
 * paints at once, offline and after a session expired. Copies are written only after the
 * server's answer passed its zod contract; on reading, a quick shape check (zod itself is not
 * in the first download) makes sure an old, edited or broken copy can never break that screen.
 */
const PREFIX = 'steadfast.';

/** Tells whether a stored value still has the shape the screen renders. */
export type CopyCheck<T> = (value: unknown) => value is T;

export function readLocalCopy<T>(key: string, check: CopyCheck<T>): T | undefined {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return undefined;
    const value: unknown = JSON.parse(raw);
    return check(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalCopy(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private browsing): the network copy still shows.
  }
}

export function forgetLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** Shape checks for copies: small on purpose, they run before any page can paint. */
export const is = {
  record: (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  string: (v: unknown): v is string => typeof v === 'string',
  optionalString: (v: unknown): v is string | undefined => v === undefined || typeof v === 'string',
  arrayOf:
    <T>(item: (v: unknown) => v is T) =>
    (v: unknown): v is T[] =>
      Array.isArray(v) && v.every(item),
  /** Only links the crisis screen may open: a call, a text, a web page or an e-mail. */
  safeHref: (v: unknown): v is string => typeof v === 'string' && /^(tel:|sms:|https:\/\/|mailto:)/.test(v),
};
