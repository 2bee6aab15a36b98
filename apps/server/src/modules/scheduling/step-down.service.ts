import { and, eq, gte, inArray, ne } from 'drizzle-orm';
import type { CreateStepDownPlanBody, StepDownPlanView, StepUpBody } from '@steadfast/contracts';
import type { z } from 'zod';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { addOffWeeks, removeOffWeeks, signAgreement } from '../agreements';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { notifyPerson } from '../notifications';
import { latestStepDownPlan, type StepDownPlanRow } from './scheduling.queries';
import { addLocalDays, formatLocal, instantOf, parseLocal, toRRule, wallOf } from './scheduling.time';
import { appointmentSeries, appointments, stepDownPlans } from './scheduling.tables';
import { guardSlot, insertSeries, recordAppointmentChange } from './scheduling.write';
import { stepUpSignalsFor, type MoodRunReader } from './scheduling.signals';
import { planStepDown } from './step-down.plan';
import { stepDownPromise } from './scheduling.words';
import { findPractice } from '../../access/people';

/**
 * Agrees a step-down plan (CLINICAL.md §3.7): its phases become the appointment series and the
 * contact agreement's off-weeks in one transaction, so what the client is shown is what happens.
 * Future sessions of the client's earlier series with this clinician make way for the plan's.
 */
export async function createStepDownPlan(ctx: Ctx, moodRuns: MoodRunReader, clientId: string, body: CreateStepDownPlanBody): Promise<StepDownPlanView> {
  if (body.endsOn <= body.firstSession.slice(0, 10)) throw invalid('The plan needs to end after its first session.');
  const practice = await findPractice(ctx.db, ctx.actor.practiceId);
  const timeZone = practice!.timeZone;
  const schedule = planStepDown(body);
  const planId = await guardSlot(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx = withDb(ctx, tx);
      const current = await latestStepDownPlan(tx, ctx.actor.practiceId, clientId);
      if (current?.status === 'active') throw conflict('This client already has a step-down plan. Step back up first, or change the plan together.');
      const [plan] = await tx
        .insert(stepDownPlans)
        .values({
          practiceId: ctx.actor.practiceId,
          clientId,
          clinicianId: ctx.actor.userId,
          reason: body.reason,
          firstSessionLocal: body.firstSession,
          timeZone,
          durationMinutes: body.durationMinutes,
          kind: body.kind,
          phases: body.phases,
          reviewDates: body.reviewDates,
          stepUpSignals: body.stepUpSignals,
          endsOn: body.endsOn,
          createdAt: ctx.clock.now(),
        })
        .returning({ id: stepDownPlans.id });
      // What has already happened stays as it was; only sessions still to come make way.
      const first = instantOf(parseLocal(body.firstSession), timeZone);
      await cancelFutureSessions(txCtx, clientId, first > ctx.clock.now() ? first : ctx.clock.now());
      for (const s of schedule.series) {
        await insertSeries(tx, ctx.actor.practiceId, {
          clientId,
          clinicianId: ctx.actor.userId,
          kind: body.kind,
          rrule: s.rrule,
          startLocal: s.startLocal,
          timeZone,
          durationMinutes: body.durationMinutes,
          stepDownPlanId: plan!.id,
        });
      }
      if (schedule.offPeriods.length > 0) {
        const proposal = await addOffWeeks(tx, txCtx, { clientId, periods: schedule.offPeriods, reason: body.reason, source: `step_down_plan:${plan!.id}` });
        await tx
          .update(stepDownPlans)
          .set({ agreementVersion: proposal.version })
          .where(and(eq(stepDownPlans.practiceId, ctx.actor.practiceId), eq(stepDownPlans.id, plan!.id)));
      }
      await audit(txCtx, { action: 'stepDown.create', clientId, subjectType: 'step_down_plan', subjectId: plan!.id });
      await recordAppointmentChange(txCtx, clientId, 'appointments.schedule', plan!.id);
      return plan!.id;
    }),
  );
  return (await getStepDownPlan(ctx, moodRuns, clientId, planId))!;
}

/** The client's step-down plan as a timeline, with its reason and promise; clinicians also see raised signals. */
export async function getStepDownPlan(ctx: Ctx, moodRuns: MoodRunReader, clientId: string, _planId?: string): Promise<StepDownPlanView | null> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const plan = await latestStepDownPlan(tx, ctx.actor.practiceId, clientId);
    if (!plan) return null;
    await audit(txCtx, { action: 'stepDown.read', clientId, subjectType: 'step_down_plan', subjectId: plan.id });
    const access = await relationshipsTo(tx, ctx.actor, clientId, ctx.clock.now());
    const canWrite = Boolean(access && allows(clientRules['stepDown.write'], access.relationships, access.scopes));
    const raised = canWrite && access ? ((await stepUpSignalsFor(tx, ctx.actor, [access], ctx.clock.now(), moodRuns)).get(clientId)?.raised ?? []) : undefined;
    const isClient = Boolean(access?.relationships.has('self'));
    return toPlanView(plan, {
      canStepUp: canWrite && plan.status === 'active',
      canAgree: isClient && !plan.clientAgreedAt && plan.status === 'active',
      raised,
    });
  });
}

/**
 * The client says yes to the plan they were shown: their yes signs the agreement version that
 * carries its off-weeks, proposed and signed by the clinician when the plan was made.
 */
export async function agreeToStepDownPlan(ctx: Ctx, moodRuns: MoodRunReader, clientId: string): Promise<StepDownPlanView> {
  const plan = await latestStepDownPlan(ctx.db, ctx.actor.practiceId, clientId);
  if (!plan || plan.status !== 'active') throw notFound('step-down plan');
  if (plan.clientAgreedAt) return (await getStepDownPlan(ctx, moodRuns, clientId))!;
  await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    // The client's signature on the proposal the plan made; a proposal since replaced answers 409.
    if (plan.agreementVersion !== null) await signAgreement(txCtx, clientId, plan.agreementVersion);
    await tx
      .update(stepDownPlans)
      .set({ clientAgreedAt: ctx.clock.now() })
      .where(and(eq(stepDownPlans.practiceId, plan.practiceId), eq(stepDownPlans.id, plan.id)));
    await audit(txCtx, { action: 'stepDown.agree', clientId, subjectType: 'step_down_plan', subjectId: plan.id });
  });
  return (await getStepDownPlan(ctx, moodRuns, clientId))!;
}

/**
 * One click back to more sessions: the plan's sessions still to come make way for a series every
 * `intervalWeeks` at the same weekday and time, up to the plan's end, and the plan's off-weeks
 * still to come leave the agreement (a new version both see). The signals only ever suggested
 * this; a clinician decides it. The client is told at once, as care: more sessions, not a setback.
 */
export async function stepBackUp(ctx: Ctx, moodRuns: MoodRunReader, clientId: string, body: z.infer<typeof StepUpBody>): Promise<StepDownPlanView> {
  const now = ctx.clock.now();
  await guardSlot(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx = withDb(ctx, tx);
      const plan = await latestStepDownPlan(tx, ctx.actor.practiceId, clientId);
      if (!plan) throw notFound('step-down plan');
      if (plan.status !== 'active') throw conflict('This plan has already been stepped back up.');
      await tx
        .update(stepDownPlans)
        .set({ status: 'stepped_up', steppedUpAt: now })
        .where(and(eq(stepDownPlans.practiceId, plan.practiceId), eq(stepDownPlans.id, plan.id)));
      await cancelFutureSessions(txCtx, clientId, now);
      const next = nextSlotAfter(plan, now);
      if (next.slice(0, 10) <= plan.endsOn) {
        await insertSeries(tx, ctx.actor.practiceId, {
          clientId,
          clinicianId: plan.clinicianId,
          kind: plan.kind,
          rrule: toRRule({ intervalWeeks: body.intervalWeeks, until: plan.endsOn }),
          startLocal: next,
          timeZone: plan.timeZone,
          durationMinutes: plan.durationMinutes,
          stepDownPlanId: plan.id,
        });
      }
      await audit(txCtx, { action: 'stepDown.stepUp', clientId, subjectType: 'step_down_plan', subjectId: plan.id });
      await recordAppointmentChange(txCtx, clientId, 'appointments.schedule', plan.id);
      const { offPeriods } = planStepDown({ firstSession: plan.firstSessionLocal, phases: plan.phases, reviewDates: plan.reviewDates, endsOn: plan.endsOn });
      const removed = await removeOffWeeks(tx, txCtx, { clientId, periods: offPeriods, source: `step_down_plan:${plan.id}`, notice: 'sessions_stepped_up' });
      // No off-week left to take out: the client still hears of the sessions, never silently.
      if (!removed) await tellClient(txCtx, clientId, plan.id);
    }),
  );
  return (await getStepDownPlan(ctx, moodRuns, clientId))!;
}

async function tellClient(ctx: Ctx, clientId: string, planId: string): Promise<void> {
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (client) await notifyPerson(ctx, { userId: client.userId, kind: 'sessions_stepped_up', clientId, subjectId: planId });
}

/** The plan's weekday and time, first on a day after today. */
function nextSlotAfter(plan: StepDownPlanRow, now: Date): string {
  const today = formatLocal(wallOf(now, plan.timeZone)).slice(0, 10);
  let day = plan.firstSessionLocal.slice(0, 10);
  const weeksAhead = Math.max(0, Math.ceil((Date.parse(today) - Date.parse(day)) / (7 * 86_400_000)));
  day = addLocalDays(day, weeksAhead * 7);
  if (day <= today) day = addLocalDays(day, 7);
  return `${day}T${plan.firstSessionLocal.slice(11)}`;
}

/** Scheduled sessions of the caller with this client from a moment on are cancelled, to make way. */
async function cancelFutureSessions(ctx: Ctx, clientId: string, from: Date): Promise<void> {
  const seriesIds = ctx.db
    .select({ id: appointmentSeries.id })
    .from(appointmentSeries)
    .where(and(eq(appointmentSeries.practiceId, ctx.actor.practiceId), eq(appointmentSeries.clientId, clientId)));
  await ctx.db
    .update(appointments)
    .set({ status: 'cancelled', cancelledAt: ctx.clock.now() })
    .where(
      and(
        eq(appointments.practiceId, ctx.actor.practiceId),
        eq(appointments.clientId, clientId),
        inArray(appointments.seriesId, seriesIds),
        ne(appointments.status, 'cancelled'),
        gte(appointments.startsAt, from),
      ),
    );
}

function toPlanView(plan: StepDownPlanRow, opts: { canStepUp: boolean; canAgree: boolean; raised: StepDownPlanView['raised'] }): StepDownPlanView {
  const { timeline } = planStepDown({ firstSession: plan.firstSessionLocal, phases: plan.phases, reviewDates: plan.reviewDates, endsOn: plan.endsOn });
  return {
    id: plan.id,
    clientId: plan.clientId,
    reason: plan.reason,
    status: plan.status,
    steppedUpAt: plan.steppedUpAt?.toISOString() ?? null,
    clientAgreedAt: plan.clientAgreedAt?.toISOString() ?? null,
    timeline,
    reviewDates: plan.reviewDates,
    stepUpSignals: plan.stepUpSignals,
    ...(opts.raised ? { raised: opts.raised } : {}),
    promise: stepDownPromise,
    can: { stepUp: opts.canStepUp, agree: opts.canAgree },
  };
}
