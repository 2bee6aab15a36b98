import type { FlagExcerpt } from '@steadfast/contracts';
import type { StoredReason } from './risk.tables';

/** Texts up to this length are shown whole. */
const WHOLE_MAX = 600;
/** Words kept before the first and after the last marked phrase of a longer text. */
const CONTEXT = 160;
const WINDOW_MAX = 900;

interface Span {
  start: number;
  end: number;
  construct: string;
}

/**
 * The part of a client's text a clinician needs to see, with the phrases that raised the flag
 * marked. Short texts are shown whole; long ones as a window around the marked words, cut at
 * spaces. Offsets are UTF-16, as the screener reports them.
 */
export function buildExcerpt(text: string, reasons: readonly StoredReason[]): FlagExcerpt {
  const spans = mergeSpans(reasons, text.length);
  if (text.length <= WHOLE_MAX) return { text, highlights: spans, clippedStart: false, clippedEnd: false };
  const first = spans[0];
  const last = spans[spans.length - 1];
  let start = first ? Math.max(0, first.start - CONTEXT) : 0;
  let end = Math.min(text.length, last ? last.end + CONTEXT : WHOLE_MAX);
  end = Math.min(end, start + WINDOW_MAX);
  start = snapForward(text, start, first?.start ?? start);
  end = snapBack(text, end, spans.find((s) => s.start < end)?.end ?? end);
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  const highlights = spans
    .map((s) => ({ start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start, construct: s.construct }))
    .filter((s) => s.end > s.start);
  return { text: text.slice(start, end), highlights, clippedStart: start > 0, clippedEnd: end < text.length };
}

/** Valid, non-empty spans in text order, overlapping ones joined (marks cannot nest). */
function mergeSpans(reasons: readonly StoredReason[], length: number): Span[] {
  const spans = reasons
    .map((r) => ({ start: r.span[0], end: Math.min(r.span[1], length), construct: r.construct }))
    .filter((s) => Number.isInteger(s.start) && s.start >= 0 && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Moves a cut forward to just after a space, never past `limit`, and never into a surrogate pair. */
function snapForward(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  const space = text.slice(at, limit).search(/\s/);
  const cut = space >= 0 ? at + space + 1 : at;
  return isLowSurrogate(text, cut) ? cut + 1 : cut;
}

/** Moves a cut back to a space, never before `limit`, and never into a surrogate pair. */
function snapBack(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  const space = text.slice(limit, at).search(/\s\S*$/);
  const cut = space >= 0 ? limit + space : at;
  return isLowSurrogate(text, cut) ? cut - 1 : cut;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
