import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { CaseloadAppointmentSignals, CaseloadStepUpSignals } from '@steadfast/contracts';
import type { ClientAccess } from '../../access/relationships';
import { asSignals, mergeSignals, type SignalSource } from '../../access/signal-source';
import { allows, clientRules, type ClientAction } from '../../access/rules';
import type { Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { soonMessagesSince } from '../messaging';
import { activePlansOf } from './scheduling.queries';
import { appointments } from './scheduling.tables';
import { signalDetail } from './scheduling.words';

const WEEK = 7 * 86_400_000;
// The agreed signal (SPEC §2.4): three `soon` messages within one week.
const SOON_MESSAGES_IN_A_WEEK = 3;

const permitted = (access: readonly ClientAccess[], action: ClientAction) =>
  access.filter((a) => allows(clientRules[action], a.relationships, a.scopes)).map((a) => a.clientId);

/** Each caseload client's next scheduled appointment, in one query, for clients whose appointments the caller may read. */
export async function appointmentSignalsFor(
  db: Db,
  actor: Actor,
  access: readonly ClientAccess[],
  now: Date,
): Promise<Map<string, CaseloadAppointmentSignals>> {
  const readable = permitted(access, 'appointments.read');
  const signals = new Map<string, CaseloadAppointmentSignals>(readable.map((id) => [id, { next: null }]));
  // The query runs even for an empty list: the caseload costs the same few queries for everyone.
  if (access.length === 0) return signals;
  const rows = await db
    .selectDistinctOn([appointments.clientId], {
      clientId: appointments.clientId,
      id: appointments.id,
      startsAt: appointments.startsAt,
      kind: appointments.kind,
    })
    .from(appointments)
    .where(
      and(
        eq(appointments.practiceId, actor.practiceId),
        inArray(appointments.clientId, readable),
        eq(appointments.status, 'scheduled'),
        gte(appointments.endsAt, now),
      ),
    )
    .orderBy(appointments.clientId, sql`${appointments.startsAt}`);
  for (const r of rows) signals.set(r.clientId, { next: { id: r.id, start: r.startsAt.toISOString(), kind: r.kind } });
  return signals;
}

/**
 * Step-back-up signals of clients on an active step-down plan, as that plan agreed them. They
 * alert the clinician (caseload, plan page) and never change anything on their own. Check-ins
 * below baseline are not offered yet: the check-ins module has not landed with a query to read.
 */
export async function stepUpSignalsFor(db: Db, actor: Actor, access: readonly ClientAccess[], now: Date): Promise<Map<string, CaseloadStepUpSignals>> {
  const readable = permitted(access, 'stepDown.write');
  const signals = new Map<string, CaseloadStepUpSignals>();
  if (access.length === 0) return signals;
  const plans = await activePlansOf(db, actor.practiceId, readable);
  const watching = plans.filter((p) => p.stepUpSignals.includes('soon_messages')).map((p) => p.clientId);
  const soon = await soonMessagesSince(db, actor.practiceId, watching, new Date(now.getTime() - WEEK));
  for (const plan of plans) {
    const raised: CaseloadStepUpSignals['raised'] = [];
    const s = soon.get(plan.clientId);
    if (plan.stepUpSignals.includes('soon_messages') && s && s.count >= SOON_MESSAGES_IN_A_WEEK) {
      raised.push({ kind: 'soon_messages', detail: signalDetail.soon_messages(s.count), since: s.first.toISOString() });
    }
    signals.set(plan.clientId, { planId: plan.id, raised });
  }
  return signals;
}

/** Scheduling's caseload signal source: the next appointment and the step-up signal, one query each. */
export const schedulingSignals: SignalSource = async (db, actor, access, now) =>
  mergeSignals(
    await Promise.all([
      asSignals('appointments', appointmentSignalsFor(db, actor, access, now)),
      asSignals('stepUp', stepUpSignalsFor(db, actor, access, now)),
    ]),
  );
