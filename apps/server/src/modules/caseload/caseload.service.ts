import { CaseloadSignals, type CaseloadEntry } from '@steadfast/contracts';
import { activeMembershipsOf, coveredClientsOf, isOnCallNow, membershipRelationships, type ClientAccess, type CoveredClient } from '../../access/relationships';
import type { Relationship } from '../../access/rules';
import type { SignalSource } from '../../access/signal-source';
import type { Ctx } from '../../http/context';
import { audit } from '../audit';
import { careTeamsOf, clientsWithNames } from '../care-teams';
import { checkinSignals, moodsBelowBaseline } from '../check-ins';
import { messagingSignals } from '../messaging';
import { stabilitySignals } from '../okay-plan';
import { riskSignals } from '../risk';
import { schedulingSignals } from '../scheduling';
import { compareCaseload } from './caseload.order';

/**
 * Every module's caseload signals (SPEC §2.8), read side by side. A new capability adds its
 * signal here with one line: its module's `SignalSource`, and its key in the contract's
 * `CaseloadSignals`.
 */
export const signalSources: readonly SignalSource[] = [messagingSignals, riskSignals, schedulingSignals(moodsBelowBaseline), checkinSignals, stabilitySignals];

type Membership = Awaited<ReturnType<typeof activeMembershipsOf>>[number];

/** Every signal null: what a caller sees of a signal they may not read. */
const noSignals = Object.fromEntries(Object.keys(CaseloadSignals.shape).map((key) => [key, null])) as CaseloadSignals;

/**
 * A clinician's caseload with its signals (SPEC §2.8): every client whose care team they are on
 * now, and every client they cover while the primary clinician is away, most pressing first. A
 * fixed number of queries whatever the caseload's size: each signal source is one grouped query
 * (or a fixed few) in the module that owns its data, filtered there by the permission table.
 */
export async function getCaseload(ctx: Ctx): Promise<CaseloadEntry[]> {
  const now = ctx.clock.now();
  // Three steps, each its reads side by side: who the caller's clients are; their names, zones
  // and care teams; then every module's signals (with the audit row, written before anything is shown).
  const [memberships, covered, onCall] = await Promise.all([
    activeMembershipsOf(ctx.db, ctx.actor, now),
    coveredClientsOf(ctx.db, ctx.actor, now),
    isOnCallNow(ctx.db, ctx.actor, now),
  ]);
  const mine = new Map(memberships.map((m) => [m.clientId, m]));
  const covering = new Map(covered.map((c) => [c.clientId, c]));
  const ids = [...new Set([...mine.keys(), ...covering.keys()])];
  const [rows, teams] = await Promise.all([clientsWithNames(ctx.db, ctx.actor.practiceId, ids), careTeamsOf(ctx.db, ctx.actor.practiceId, ids, now)]);
  // The signal sources take the zones from `access`: no source reads them again.
  const zones = new Map(rows.map((r) => [r.id, r.timeZone]));
  const access = caseloadAccess(ids, mine, covering, onCall, zones);
  const [signalMaps] = await Promise.all([
    Promise.all(signalSources.map((source) => source(ctx.db, ctx.actor, access, now))),
    audit(ctx, { action: 'caseload.view', subjectType: 'caseload', subjectId: ctx.actor.userId }),
  ]);
  return rows
    .map((client): CaseloadEntry => {
      const membership = mine.get(client.id);
      const cover = covering.get(client.id);
      const team = teams.get(client.id) ?? [];
      const primaryClinicianName = team.find((m) => m.isPrimary)?.name ?? '';
      return {
        clientId: client.id,
        name: client.name,
        myRole: membership?.role ?? null,
        isPrimary: membership?.isPrimary ?? false,
        primaryClinicianName,
        careTeam: team,
        joinedAt: client.createdAt.toISOString(),
        status: client.status,
        coveringFor: cover && !membership?.isPrimary ? { clinicianName: primaryClinicianName, until: cover.until.toISOString() } : null,
        signals: Object.assign({}, noSignals, ...signalMaps.map((signals) => signals.get(client.id))) as CaseloadSignals,
      };
    })
    .sort(compareCaseload);
}

/**
 * How the caller relates to each caseload client, from the memberships and covers already read
 * and one on-call check: the same relationships `relationshipsTo` finds one client at a time,
 * without a query per client.
 */
function caseloadAccess(
  ids: readonly string[],
  mine: ReadonlyMap<string, Membership>,
  covering: ReadonlyMap<string, CoveredClient>,
  onCall: boolean,
  zones: ReadonlyMap<string, string>,
): ClientAccess[] {
  return ids.map((clientId) => {
    const membership = mine.get(clientId);
    const cover = covering.get(clientId);
    const relationships = new Set<Relationship>(membership ? membershipRelationships(membership) : []);
    if (onCall) relationships.add('onCall');
    if (cover) relationships.add('cover');
    const scopes = new Set(membership?.scopes ?? []);
    const timeZone = zones.get(clientId);
    return { clientId, relationships, scopes, ...(cover ? { coverFrom: cover.coverFrom } : {}), ...(timeZone ? { timeZone } : {}) };
  });
}
