import { activeMembershipsOf, isOnCallNow, membershipRelationships } from '../../access/relationships';
import type { CareScope } from '@steadfast/contracts';
import { allows, clientRules, type ClientAction, type Relationship } from '../../access/rules';
import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import type { StreamEvent } from './realtime.service';

/** Which events one stream may receive, worked out from the same rules as the API (access/rules.ts). */
export interface Visibility {
  userId: string;
  /** Client id → the event families this person may see for that client. */
  clients: Map<string, Set<EventFamily>>;
  /** On call now: risk-flag events of every client of the practice. */
  practiceFlags: boolean;
  /** A member (not suspended) or moderator of the practice's peer space: its published changes. */
  peerSpace: boolean;
}

/**
 * Whether the person belongs to the practice's peer space. The peer-space module decides it; the
 * composition (app.ts) hands it in, since a foundation imports no domain module.
 */
export type PeerAudience = (db: Db, actor: Actor) => Promise<boolean>;

type EventFamily = 'message' | 'flag' | 'checkin' | 'measure' | 'appointment' | 'careTeam' | 'transition';

/** The permission an event family needs: a stream shows only what the API would let the person read. */
const familyAction = {
  message: 'messages.read',
  flag: 'flags.read',
  checkin: 'checkins.read',
  measure: 'measures.read',
  appointment: 'appointments.read',
  careTeam: 'careTeam.read',
  transition: 'transitions.read',
} as const satisfies Record<EventFamily, ClientAction>;

/** Clients see their own conversation; clinicians their care-team clients (by scope); on-call clinicians every flag. */
export async function loadVisibility(db: Db, actor: Actor, now: Date, peerAudience?: PeerAudience): Promise<Visibility> {
  const visibility: Visibility = { userId: actor.userId, clients: new Map(), practiceFlags: false, peerSpace: false };
  if (peerAudience && actor.role !== 'system') visibility.peerSpace = await peerAudience(db, actor);
  if (actor.role === 'client') {
    if (actor.clientId) visibility.clients.set(actor.clientId, familiesFor(new Set<Relationship>(['self']), new Set()));
    return visibility;
  }
  if (actor.role !== 'clinician') return visibility;
  const memberships = await activeMembershipsOf(db, actor, now);
  for (const m of memberships) visibility.clients.set(m.clientId, familiesFor(new Set(membershipRelationships(m)), new Set(m.scopes)));
  visibility.practiceFlags = clientRules['flags.read'].allow.some((r) => r === 'onCall') && (await isOnCallNow(db, actor, now));
  return visibility;
}

function familiesFor(relationships: ReadonlySet<Relationship>, scopes: ReadonlySet<CareScope>): Set<EventFamily> {
  const families = new Set<EventFamily>();
  for (const family of Object.keys(familyAction) as EventFamily[]) {
    if (allows(clientRules[familyAction[family]], relationships, scopes)) families.add(family);
  }
  return families;
}

/** True when the stream's person may receive the event. */
export function canSee(visibility: Visibility, event: StreamEvent): boolean {
  if (event.userId) return event.userId === visibility.userId;
  // A held post is never announced this way: peer.held goes to its author and each moderator by userId.
  if (event.type === 'peer.changed') return visibility.peerSpace;
  if (!event.clientId) return false;
  const family = event.type.split('.')[0] as EventFamily;
  if (family === 'flag' && visibility.practiceFlags) return true;
  return visibility.clients.get(event.clientId)?.has(family) ?? false;
}
