import { randomUUID } from 'node:crypto';
import {
  INSTRUMENTS,
  MEASURE_TEXT_VERSION,
  type DueMeasure,
  type Instrument,
  type MeasureBody,
  type MeasureList,
  type MeasureListQuery,
  type MeasurePoint,
  type MeasureResponse,
  type MeasureSchedule,
  type MeasuresDue,
} from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import type { Db } from '../../db/database';
import { withDb, type Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { publishEvent } from '../realtime';
import { dateKey, localDateOf } from '../reply-windows';
import { screenAndFlag, screenStructured } from '../risk';
import { dueBeforeAppointment, startAppointmentChecks } from './measures.appointments';
import { measuresOf } from './measures.queries';
import { currentRound, scheduleOf } from './measures.schedule';
import { scheduleMeasureRounds } from './measures.reminders';
import { phq9Item9, scoreMeasure } from './measures.scoring';
import { measureResults, measureSchedules } from './measures.tables';
import { toMeasurePoint, toMeasureView } from './measures.views';

export async function clientZone(db: Db, practiceId: string, clientId: string): Promise<string> {
  const [client] = await clientsWithNames(db, practiceId, [clientId]);
  if (!client) throw notFound('client');
  return client.timeZone;
}

/**
 * A completed PHQ-9 or GAD-7 (SPEC §4), scored as published. PHQ-9 item 9 above 0 raises a flag
 * whatever the total (CLINICAL.md §2.2) through the risk module's own service, in this transaction.
 */
export async function recordMeasure(ctx: Ctx, clientId: string, body: MeasureBody): Promise<MeasureResponse> {
  if (body.inSession && ctx.actor.role !== 'clinician') throw invalid('Only a clinician completes a measure in session.', { field: 'inSession' });
  if (ctx.actor.role === 'clinician' && !body.inSession)
    throw invalid('A clinician records a measure completed with the client in session.', { field: 'inSession' });
  const scored = scoreMeasure(body.instrument, body.answers, body.functional);
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const { practiceId } = ctx.actor;
    const now = ctx.clock.now();
    const id = randomUUID();
    const input = {
      clientId,
      sourceType: 'measure' as const,
      sourceId: id,
      structured: screenStructured({ phq9Item9: phq9Item9(body.instrument, body.answers) }),
    };
    const outcome = await screenAndFlag(txCtx, input);
    const [row] = await tx
      .insert(measureResults)
      .values({
        practiceId,
        id,
        clientId,
        instrument: body.instrument,
        answers: body.answers,
        functional: body.functional ?? null,
        total: scored.total,
        date: dateKey(localDateOf(now, await clientZone(tx, practiceId, clientId))),
        completedAt: now,
        inSession: body.inSession === true,
        enteredBy: ctx.actor.userId,
        textVersion: MEASURE_TEXT_VERSION,
        riskLevel: outcome.level,
        riskReasons: outcome.reasons,
      })
      .returning();
    await audit(txCtx, { action: 'measures.create', clientId, subjectType: 'measure', subjectId: id });
    await publishEvent(tx, { practiceId, clientId, type: 'measure.saved', subjectId: id, at: now });
    return { measure: toMeasureView(row!, ctx.actor.role === 'clinician'), showCrisisRoutes: outcome.showCrisisRoutes };
  });
}

export async function listMeasures(ctx: Ctx, clientId: string, query: MeasureListQuery): Promise<MeasureList> {
  const rows = await measuresOf(ctx.db, ctx.actor.practiceId, clientId, query);
  await audit(ctx, { action: 'measures.read', clientId, subjectType: 'client', subjectId: clientId });
  return { measures: rows.map((r) => toMeasureView(r, ctx.actor.role === 'clinician')) };
}

/** Totals for a trend chart (check-ins' trends call this; the caller checked measures.read). */
export async function measurePointsFor(db: Db, practiceId: string, clientId: string, from: string, to: string, forClinician: boolean): Promise<MeasurePoint[]> {
  return (await measuresOf(db, practiceId, clientId, { from, to })).map((r) => toMeasurePoint(r, forClinician));
}

/** Which scheduled measures are open now, and until when. */
export async function getMeasuresDue(ctx: Ctx, clientId: string): Promise<MeasuresDue> {
  const { practiceId } = ctx.actor;
  const [schedule, zone, results, canSchedule] = await Promise.all([
    scheduleOf(ctx.db, practiceId, clientId),
    clientZone(ctx.db, practiceId, clientId),
    measuresOf(ctx.db, practiceId, clientId),
    canOnClient(ctx, 'checkins.configure', clientId),
  ]);
  await audit(ctx, { action: 'measures.due.read', clientId, subjectType: 'measure_schedule', subjectId: clientId });
  const today = dateKey(localDateOf(ctx.clock.now(), zone));
  const due: DueMeasure[] = await dueBeforeAppointment(ctx.db, practiceId, clientId, schedule, results, zone, ctx.clock.now());
  for (const instrument of Object.keys(INSTRUMENTS) as Instrument[]) {
    const round = currentRound(schedule, instrument, today);
    if (!round) continue;
    const last = results.filter((r) => r.instrument === instrument).at(-1)?.date ?? null;
    if (last && last >= round.start) continue;
    if (today > round.expiresOn) continue;
    due.push({ instrument, dueSince: round.start, expiresOn: round.expiresOn, lastCompletedOn: last, beforeAppointmentAt: null });
  }
  const { startsOn: _startsOn, updatedAt: _updatedAt, ...plain } = schedule;
  return { due, schedule: plain, canSchedule };
}

/**
 * The clinician sets, per instrument, every N weeks or before each appointment. A cadence's first
 * round opens today; the appointment look-ahead starts now. Their notices are queued in this transaction.
 */
export async function setMeasureSchedule(ctx: Ctx, clientId: string, body: MeasureSchedule): Promise<MeasuresDue> {
  await ctx.db.transaction(async (tx) => {
    const { practiceId } = ctx.actor;
    const now = ctx.clock.now();
    const startsOn = dateKey(localDateOf(now, await clientZone(tx, practiceId, clientId)));
    const values = { practiceId, clientId, ...body, startsOn, updatedAt: now, updatedBy: ctx.actor.userId };
    await tx
      .insert(measureSchedules)
      .values(values)
      .onConflictDoUpdate({ target: [measureSchedules.practiceId, measureSchedules.clientId], set: values });
    await scheduleMeasureRounds(tx, practiceId, clientId, now);
    await startAppointmentChecks(tx, practiceId, clientId, await scheduleOf(tx, practiceId, clientId), now);
    await audit(withDb(ctx, tx), { action: 'measures.schedule', clientId, subjectType: 'measure_schedule', subjectId: clientId });
  });
  return getMeasuresDue(ctx, clientId);
}
