import type { Db } from '../../db/database';
import { careTeamsOf } from '../care-teams';
import { findOnCallNow } from '../on-call';
import type { StoredNotified } from './risk.tables';
import { findPractice, practiceAdmins } from '../../access/people';

export type Reason = StoredNotified['reason'];
export interface Target {
  userId: string;
  reason: Reason;
}

/**
 * Who each ladder step tells (SPEC §2.9), worked out when the step fires, so a handover in
 * between reaches whoever is on call then:
 *   0 at raise: the on-call clinician and the client's primary clinician;
 *   1 window breached: the on-call clinician again (urgent);
 *   2 another window: the shift's backup;
 *   3 another window: the practice lead.
 * When the person a step names does not exist (nobody on the rota, no backup, no lead), the step
 * goes to the next person up the ladder instead: an alert is never left with nobody to tell.
 */
export async function whoToTell(db: Db, flag: { practiceId: string; clientId: string }, step: number, now: Date): Promise<Target[]> {
  const onCall = await findOnCallNow(db, flag.practiceId, now);
  const onCallTarget: Target[] = onCall ? [{ userId: onCall.clinicianId, reason: 'on_call' }] : [];
  const backupTarget: Target[] = onCall?.backupClinicianId ? [{ userId: onCall.backupClinicianId, reason: 'backup' }] : [];
  const chain: Target[][] = [];
  if (step === 0) chain.push([...onCallTarget, ...(await primaries(db, flag, now))]);
  if (step === 1) chain.push(onCallTarget, await primaries(db, flag, now));
  if (step === 2) chain.push(backupTarget);
  chain.push(await leads(db, flag.practiceId));
  const first = chain.find((targets) => targets.length > 0) ?? [];
  return dedupe(first);
}

async function primaries(db: Db, flag: { practiceId: string; clientId: string }, now: Date): Promise<Target[]> {
  const team = (await careTeamsOf(db, flag.practiceId, [flag.clientId], now)).get(flag.clientId) ?? [];
  return team.filter((m) => m.isPrimary).map((m) => ({ userId: m.clinicianId, reason: 'primary' }));
}

/** The practice lead, or every admin when no lead is named. */
async function leads(db: Db, practiceId: string): Promise<Target[]> {
  const practice = await findPractice(db, practiceId);
  if (practice?.leadUserId) return [{ userId: practice.leadUserId, reason: 'lead' }];
  const admins = await practiceAdmins(db, practiceId);
  return admins.map((a) => ({ userId: a.id, reason: 'admin' }));
}

function dedupe(targets: Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((t) => !seen.has(t.userId) && seen.add(t.userId));
}
