import type { Actor } from '../../http/context';
import type { peerMembers } from './peer-space.tables';

export type MemberRow = typeof peerMembers.$inferSelect;

/** Where the caller stands in the practice's peer space: read once per request (peer-space.queries standingOf). */
export interface PeerStanding {
  actor: Actor;
  enabled: boolean;
  member: MemberRow | undefined;
  moderator: boolean;
}

/*
 * The space's own rules, one small function each (STYLE.md). Routes name the practice action
 * (access/rules.ts: clients post, staff moderate, the admin configures); these add what only the
 * space knows: whether it is on, whether the caller joined, is suspended, or was named a moderator.
 */

/** A client of a practice whose space is open, not yet a member. */
export const canJoin = (s: PeerStanding) => s.enabled && s.actor.role === 'client' && !s.member;

/** A member in good standing writes, replies, reacts and reports. */
export const canPost = (s: PeerStanding) => s.enabled && Boolean(s.member) && !s.member?.suspendedAt;

/** Members (a suspended one still reads) and moderators see the space; nobody else does. */
export const canRead = (s: PeerStanding) => s.enabled && (Boolean(s.member) || s.moderator);

/** Named moderators, while the space is open. */
export const canModerate = (s: PeerStanding) => s.enabled && s.moderator;

/** Whether the stream of this person should carry the space's published changes. */
export const inAudience = (s: PeerStanding) => canRead(s) && !s.member?.suspendedAt;

/** An item that is not published is seen by its author and the moderators only. */
export function canSeeItem(s: PeerStanding, item: { status: string; authorId: string }): boolean {
  if (item.status === 'published') return canRead(s);
  return canModerate(s) || (Boolean(s.member) && item.authorId === s.member?.id);
}

/** Whether a pseudonym contains the client's own name, whole or any part of it of three letters or more (case, accents and spacing aside). */
export function pseudonymNamesPerson(pseudonym: string, name: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const wanted = fold(pseudonym);
  const squeezed = wanted.replace(/ /g, '');
  const whole = fold(name).replace(/ /g, '');
  if (whole.length >= 4 && squeezed.includes(whole)) return true;
  const parts = fold(name)
    .split(' ')
    .filter((part) => part.length >= 3);
  return parts.some((part) => squeezed.includes(part));
}
