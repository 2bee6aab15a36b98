import { sql } from 'drizzle-orm';
import type { ErasureCount, ErasureRetention } from '@steadfast/contracts';
import { sumCounts, type EraseClientRecords, type ErasureInput } from '../../access/erasure-source';
import type { Db } from '../../db/database';
import { forgetPendingJobsOf } from '../../jobs/jobs.erasure';
import { eraseAgreements } from '../agreements';
import { eraseCareTeam } from '../care-teams';
import { eraseCareTransitions } from '../care-transitions';
import { eraseCaringContacts } from '../caring-contacts';
import { eraseCheckins, lastCheckinAt } from '../check-ins';
import { eraseClinicalNotes, lastClinicalNoteAt } from '../clinical-notes';
import { eraseAccount } from '../identity';
import { eraseInvitations } from '../invitations';
import { eraseMailTo } from '../mail';
import { eraseMeasures, lastMeasureAt } from '../measures';
import { eraseMessaging, lastMessageAt } from '../messaging';
import { eraseNotifications } from '../notifications';
import { eraseOkayPlan } from '../okay-plan';
import { erasePeerSpace } from '../peer-space';
import { eraseRisk } from '../risk';
import { eraseSafetyPlans } from '../safety-plans';
import { eraseScheduling, lastAppointmentAt } from '../scheduling';

/**
 * Every module's erasure, children before parents: the domain modules from the last in
 * DOMAIN_ORDER to the first (a later module's rows may name an earlier one's, never the other
 * way), then the foundations' rows (notices, mail, jobs), and the account itself last.
 */
const erasers: EraseClientRecords[] = [
  erasePeerSpace,
  eraseCareTransitions,
  eraseClinicalNotes,
  eraseOkayPlan,
  eraseCaringContacts,
  eraseCheckins,
  eraseMeasures,
  eraseScheduling,
  eraseMessaging,
  eraseRisk,
  eraseAgreements,
  eraseSafetyPlans,
  eraseInvitations,
  eraseCareTeam,
  eraseNotifications,
  eraseMailTo,
  forgetPendingJobsOf,
  eraseAccount,
];

/** Runs every module's erasure in the caller's transaction and adds up what each did, per record kind. */
export async function eraseEverything(tx: Db, input: ErasureInput): Promise<ErasureCount[]> {
  // The clinical notes' append-only trigger lets a DELETE through for this client, in this transaction only.
  await tx.execute(sql`select set_config('steadfast.erasing_client', ${input.clientId}, true)`);
  const counts: ErasureCount[] = [];
  for (const erase of erasers) counts.push(...(await erase(tx, input)));
  return sumCounts(counts);
}

class DryRun extends Error {
  constructor(readonly counts: ErasureCount[]) {
    super('erasure preview: rolled back');
  }
}

/** What erasing now would do: the erasure itself, run and then rolled back, so the preview cannot differ from the real thing. */
export async function previewErasure(db: Db, input: ErasureInput): Promise<ErasureCount[]> {
  try {
    await db.transaction(async (tx) => {
      throw new DryRun(await eraseEverything(tx, input));
    });
  } catch (error) {
    if (error instanceof DryRun) return error.counts;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');
}

/**
 * The practice's retention rule applied to one client (CLINICAL.md §5.2): the clinical record is
 * kept `retentionYears` after the last contact (a message, check-in, measure, appointment held or
 * clinical note; the day the record began when there was none).
 */
export async function retentionFor(
  db: Db,
  r: { practiceId: string; clientId: string; clientSince: Date; retentionYears: number; now: Date },
): Promise<ErasureRetention & { keepClinical: boolean }> {
  // One read after another: a request holds one connection.
  const contacts = [
    await lastMessageAt(db, r.practiceId, r.clientId),
    await lastCheckinAt(db, r.practiceId, r.clientId),
    await lastMeasureAt(db, r.practiceId, r.clientId),
    await lastAppointmentAt(db, r.practiceId, r.clientId, r.now),
    await lastClinicalNoteAt(db, r.practiceId, r.clientId),
  ];
  const last = new Date(Math.max(r.clientSince.getTime(), ...contacts.filter((d): d is Date => d !== null).map((d) => d.getTime())));
  const until = new Date(last);
  until.setUTCFullYear(until.getUTCFullYear() + r.retentionYears);
  const keepClinical = until > r.now;
  return { retentionYears: r.retentionYears, lastContactAt: last.toISOString(), keptUntil: keepClinical ? until.toISOString() : null, keepClinical };
}
