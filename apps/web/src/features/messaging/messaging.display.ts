import type { Message, MessageRisk } from '@steadfast/contracts';
import { clockWords } from '../risk/risk.time';
import { messagingWords } from './messaging.words';

const TITLES = /^(dr|mr|mrs|ms|mx|prof|professor)\.?$/i;

/**
 * How receipts name a person: "Dana" for Dana Reyes, "Dr Patel" for Dr Priya Patel. The same
 * rule as the server's (reply-windows.words.ts), which sends receipts with names only.
 */
export function receiptName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length > 1 && TITLES.test(parts[0]!)) return `${parts[0]} ${parts[parts.length - 1]}`;
  return parts[0] ?? fullName;
}

/** Messages from the other side (client ↔ care team) that this person has not yet been seen to open. */
export function unseenFromOtherSide(messages: Message[], me: { name: string; isClient: boolean }): Message[] {
  const myName = receiptName(me.name);
  return messages.filter((m) => !m.author.isMe && (m.author.kind === 'client') !== me.isClient && !m.seenBy.some((r) => r.name === myName));
}

/** "Seen by Dana · 14:02", else "Delivered", else "Sent". */
export function receiptWords(message: Message, now: number, timeZone: string | undefined): string {
  const words = messagingWords.receipts;
  if (message.seenBy.length > 0) {
    return message.seenBy
      .map((r, i) => (i === 0 ? words.seenBy(r.name, clockWords(r.at, now, timeZone)) : `${r.name} · ${clockWords(r.at, now, timeZone)}`))
      .join(', ');
  }
  return message.deliveredAt ? words.delivered : words.sent;
}

export interface BodyPart {
  text: string;
  /** Set on words the screener noticed: what it took them for. */
  construct?: string;
}

/** The body cut into plain and noticed parts; overlapping or out-of-range spans are merged or clipped. */
export function markedParts(body: string, risk: MessageRisk | undefined): BodyPart[] {
  const spans = (risk?.reasons ?? [])
    .map((r) => ({ start: Math.max(0, r.span[0]), end: Math.min(body.length, r.span[1]), construct: r.construct }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const parts: BodyPart[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) parts.push({ text: body.slice(at, start) });
    parts.push({ text: body.slice(start, span.end), construct: span.construct });
    at = span.end;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}
