import { and, eq, gte, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import type { CaseloadAppointmentSignals, CaseloadStepUpSignals, StepUpSignalKind } from '@steadfast/contracts';
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

/** A run of days below the client's own usual mood (check-ins' `moodsBelowBaseline` has this shape). */
export interface MoodRun {
  /** The run's first day, in the client's own calendar. */
  from: string;
  moods: readonly number[];
  baseline: { low: number };
}

/**
 * Reads each client's current run of low-mood days. Passed in by the composition (app.ts, the
 * caseload): check-ins sits above scheduling, because its trends read measures, which read
 * appointments, so scheduling may not import it.
 */
export type MoodRunReader = (db: Db, practiceId: string, clientIds: readonly string[], now: Date) => Promise<ReadonlyMap<string, MoodRun>>;

/** For callers that discard the plan's view (the demo seed): reads no runs. */
export const noMoodRuns: MoodRunReader = async () => new Map();
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
        anyId(appointments.clientId, readable),
        eq(appointments.status, 'scheduled'),
        gte(appointments.endsAt, now),
      ),
    )
    .orderBy(appointments.clientId, sql`${appointments.startsAt}`);
  for (const r of rows) signals.set(r.clientId, { next: { id: r.id, start: r.startsAt.toISOString(), kind: r.kind } });
  return signals;
}

/**
 * Step-back-up signals of clients on an active step-down plan, as that plan agreed them: three
 * `soon` messages in a week (messaging's query), and mood below the client's own baseline for five
 * days running (check-ins' query, only where the caller may read check-ins). They alert the
 * clinician (caseload, plan page) and never change anything on their own.
 */
export async function stepUpSignalsFor(
  db: Db,
  actor: Actor,
  access: readonly ClientAccess[],
  now: Date,
  readMoodRuns: MoodRunReader,
): Promise<Map<string, CaseloadStepUpSignals>> {
  const readable = permitted(access, 'stepDown.write');
  const signals = new Map<string, CaseloadStepUpSignals>();
  if (access.length === 0) return signals;
  const plans = await activePlansOf(db, actor.practiceId, readable);
  const checkinsReadable = new Set(permitted(access, 'checkins.read'));
  const watching = (kind: StepUpSignalKind) => plans.filter((p) => p.stepUpSignals.includes(kind)).map((p) => p.clientId);
  const [soon, low] = await Promise.all([
    soonMessagesSince(db, actor.practiceId, watching('soon_messages'), new Date(now.getTime() - WEEK)),
    readMoodRuns(
      db,
      actor.practiceId,
      watching('checkins_below_baseline').filter((id) => checkinsReadable.has(id)),
      now,
    ),
  ]);
  for (const plan of plans) {
    const raised: CaseloadStepUpSignals['raised'] = [];
    const s = soon.get(plan.clientId);
    if (plan.stepUpSignals.includes('soon_messages') && s && s.count >= SOON_MESSAGES_IN_A_WEEK) {
      raised.push({ kind: 'soon_messages', detail: signalDetail.soon_messages(s.count), since: s.first.toISOString() });
    }
    const run = low.get(plan.clientId);
    if (run) {
      raised.push({
        kind: 'checkins_below_baseline',
        detail: signalDetail.checkins_below_baseline(run.moods.length, run.moods, run.baseline.low),
        since: new Date(`${run.from}T00:00:00Z`).toISOString(),
      });
    }
    signals.set(plan.clientId, { planId: plan.id, raised });
  }
  return signals;
}

/** Scheduling's caseload signal source: the next appointment and the step-up signal, one query each. */
export const schedulingSignals =
  (readMoodRuns: MoodRunReader): SignalSource =>
  async (db, actor, access, now) =>
    mergeSignals(
      await Promise.all([
        asSignals('appointments', appointmentSignalsFor(db, actor, access, now)),
        asSignals('stepUp', stepUpSignalsFor(db, actor, access, now, readMoodRuns)),
      ]),
    );
