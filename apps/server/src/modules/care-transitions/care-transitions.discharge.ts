import { and, eq } from 'drizzle-orm';
import type { DischargeView, PlanDischargeBody, ReentryRequestBody, ReentryRequestView } from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import { practiceAdmins } from '../../access/people';
import type { Db } from '../../db/database';
import { systemCtx, withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { audit } from '../audit';
import { clientsWithNames, currentPrimaryOf, dateIn, dayStartIn, primaryClientsOf, setClientStatus } from '../care-teams';
import { listClientAppointments } from '../scheduling';
import { notifyPerson } from '../notifications';
import { publishEvent } from '../realtime';
import { findDischarge, insertTransitionEvent, latestDischargeOf, reentryRequestsOf, type DischargeRow } from './care-transitions.queries';
import { discharges, reentryRequests, type TransitionEventKind } from './care-transitions.tables';
import { dischargeStatus, toDischargeView } from './care-transitions.views';
import { transitionErrors } from './care-transitions.words';

export const DISCHARGE_JOB = 'careTransitions.discharge';

/*
 * Discharge (SPEC §2.10) is a planned, visible step, never a deactivated account: the client is
 * told the date ahead, with a goodbye note and what stays theirs (the safety plan and crisis lines,
 * their own history), and keeps signing in. On the day their status becomes discharged (a durable
 * job at the date, or at once for today), and from then they can ask to come back.
 */

/** Plans the discharge (the route checked 'transitions.manage'). */
export async function planDischarge(ctx: Ctx, clientId: string, body: PlanDischargeBody): Promise<DischargeView> {
  const now = ctx.clock.now();
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (!client) throw notFound('client');
  const today = dateIn(now, client.timeZone);
  if (body.dischargeOn < today) throw invalid(transitionErrors.dischargeInPast, { field: 'dischargeOn' });
  const last = body.lastAppointmentId ? await appointmentOf(ctx, clientId, body.lastAppointmentId) : undefined;
  const id = await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const latest = await latestDischargeOf(tx, ctx.actor.practiceId, clientId, { lock: true });
    if (latest && !latest.discharge.cancelledAt && !latest.discharge.completedAt) throw conflict(transitionErrors.alreadyDischarged);
    const dischargeAt = body.dischargeOn === today ? now : dayStartIn(body.dischargeOn, client.timeZone);
    const [row] = await tx
      .insert(discharges)
      .values({
        practiceId: ctx.actor.practiceId,
        clientId,
        dischargeOn: body.dischargeOn,
        dischargeAt,
        lastAppointmentId: last?.id ?? null,
        lastAppointmentStart: last ? new Date(last.start) : null,
        goodbyeNote: body.goodbyeNote,
        plannedBy: ctx.actor.userId,
        createdAt: now,
      })
      .returning();
    await recordStep(txCtx, { clientId, clientUserId: client.userId, dischargeId: row!.id, kind: 'discharge_planned', action: 'discharge.plan' });
    if (dischargeAt <= now) await completeDischarge(txCtx, row!, client.userId);
    else
      await enqueueJob(tx, {
        kind: DISCHARGE_JOB,
        payload: { practiceId: ctx.actor.practiceId, dischargeId: row!.id },
        runAt: dischargeAt,
        dedupeKey: `discharge:${row!.id}`,
      });
    return row!.id;
  });
  return dischargeViewFor(ctx, clientId, id);
}

/** Cancels a planned discharge before its date (the route checked 'transitions.manage'); the client is told. */
export async function cancelDischarge(ctx: Ctx, clientId: string, dischargeId: string): Promise<DischargeView> {
  await ctx.db.transaction(async (tx) => {
    const row = await findDischarge(tx, ctx.actor.practiceId, dischargeId);
    if (!row || row.clientId !== clientId) throw notFound(transitionErrors.discharge);
    if (dischargeStatus(row, ctx.clock.now()) !== 'planned' || row.completedAt) throw conflict(transitionErrors.notPlanned);
    await tx
      .update(discharges)
      .set({ cancelledAt: ctx.clock.now(), cancelledBy: ctx.actor.userId })
      .where(and(eq(discharges.practiceId, row.practiceId), eq(discharges.id, row.id)));
    const [client] = await clientsWithNames(tx, row.practiceId, [clientId]);
    await recordStep(withDb(ctx, tx), { clientId, clientUserId: client!.userId, dischargeId, kind: 'discharge_cancelled', action: 'discharge.cancel' });
  });
  return dischargeViewFor(ctx, clientId, dischargeId);
}

/** The discharge takes effect at its date: once, in the job's transaction; a cancelled one does nothing. */
export const dischargeJob: JobHandler = {
  kind: DISCHARGE_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const { practiceId, dischargeId } = job.payload as { practiceId: string; dischargeId: string };
    const ctx = systemCtx(deps, practiceId, db);
    const row = await findDischarge(db, practiceId, dischargeId);
    if (!row || row.cancelledAt || row.completedAt) return;
    const [client] = await clientsWithNames(db, practiceId, [row.clientId]);
    await completeDischarge(ctx, row, client!.userId);
  },
};

async function completeDischarge(ctx: Ctx, row: DischargeRow, clientUserId: string): Promise<void> {
  await setClientStatus(ctx.db, row.practiceId, row.clientId, 'discharged');
  await ctx.db
    .update(discharges)
    .set({ completedAt: ctx.clock.now() })
    .where(and(eq(discharges.practiceId, row.practiceId), eq(discharges.id, row.id)));
  await recordStep(ctx, { clientId: row.clientId, clientUserId, dischargeId: row.id, kind: 'discharged', action: 'discharge.complete' });
}

/** "I'd like to come back", from a discharged client: the practice's admins and the primary clinician are told. */
export async function requestReentry(ctx: Ctx, clientId: string, body: ReentryRequestBody): Promise<ReentryRequestView> {
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (!client) throw notFound('client');
  if (client.status !== 'discharged') throw conflict(transitionErrors.notDischarged);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const [row] = await tx.insert(reentryRequests).values({ practiceId: ctx.actor.practiceId, clientId, message: body.message, createdAt: now }).returning();
    await insertTransitionEvent(tx, { practiceId: ctx.actor.practiceId, clientId, kind: 'reentry_requested', actorId: ctx.actor.userId, at: now });
    await audit(txCtx, { action: 'reentry.request', clientId, subjectType: 'reentry_request', subjectId: row!.id });
    const primary = await currentPrimaryOf(tx, ctx.actor.practiceId, clientId, now);
    const admins = await practiceAdmins(tx, ctx.actor.practiceId);
    const tell = new Set([...(primary ? [primary.clinicianId] : []), ...admins.map((a) => a.id)]);
    for (const userId of tell) await notifyPerson(txCtx, { userId, kind: 'reentry_requested', clientId, subjectId: row!.id });
    await publishEvent(tx, { practiceId: ctx.actor.practiceId, type: 'transition.changed', clientId, subjectId: row!.id, at: now });
    return { id: row!.id, clientId, clientName: client.name, message: row!.message, createdAt: row!.createdAt.toISOString() };
  });
}

/** The client comes back (the route checked 'transitions.manage'): active again, told so; their history carried on where it was. */
export async function welcomeBack(ctx: Ctx, clientId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const latest = await latestDischargeOf(tx, ctx.actor.practiceId, clientId, { lock: true });
    const [client] = await clientsWithNames(tx, ctx.actor.practiceId, [clientId]);
    if (!client) throw notFound('client');
    if (client.status !== 'discharged' || !latest) throw conflict(transitionErrors.notDischargedYet);
    await setClientStatus(tx, ctx.actor.practiceId, clientId, 'active');
    await recordStep(txCtx, { clientId, clientUserId: client.userId, dischargeId: latest.discharge.id, kind: 'reentry_accepted', action: 'reentry.accept' });
  });
}

/** The practice's re-entry requests: all of them for the admin, those of the caller's own clients for a clinician. */
export async function listReentryRequests(ctx: Ctx): Promise<ReentryRequestView[]> {
  const { practiceId, role, userId } = ctx.actor;
  const mine = role === 'admin' ? undefined : (await primaryClientsOf(ctx.db, practiceId, userId, ctx.clock.now())).map((c) => c.clientId);
  const rows = await reentryRequestsOf(ctx.db, practiceId, mine);
  await audit(ctx, { action: 'reentry.list', subjectType: 'practice', subjectId: practiceId });
  return withNames(ctx.db, practiceId, rows);
}

export async function withNames(
  db: Db,
  practiceId: string,
  rows: { id: string; clientId: string; message: string; createdAt: Date }[],
): Promise<ReentryRequestView[]> {
  const names = new Map((await clientsWithNames(db, practiceId, [...new Set(rows.map((r) => r.clientId))])).map((c) => [c.id, c.name]));
  return rows.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    clientName: names.get(r.clientId) ?? '',
    message: r.message,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function dischargeViewFor(ctx: Ctx, clientId: string, dischargeId: string): Promise<DischargeView> {
  const latest = await latestDischargeOf(ctx.db, ctx.actor.practiceId, clientId);
  if (!latest || latest.discharge.id !== dischargeId) throw notFound(transitionErrors.discharge);
  return toDischargeView(latest.discharge, latest.plannedByName, { now: ctx.clock.now(), canManage: await canOnClient(ctx, 'transitions.manage', clientId) });
}

async function appointmentOf(ctx: Ctx, clientId: string, appointmentId: string) {
  const { appointments } = await listClientAppointments(ctx, clientId, {});
  const found = appointments.find((a) => a.id === appointmentId);
  if (!found) throw notFound(transitionErrors.appointment);
  return found;
}

async function recordStep(ctx: Ctx, s: { clientId: string; clientUserId: string; dischargeId: string; kind: TransitionEventKind; action: string }) {
  const now = ctx.clock.now();
  const { practiceId } = ctx.actor;
  const stepId = await insertTransitionEvent(ctx.db, {
    practiceId,
    clientId: s.clientId,
    kind: s.kind,
    dischargeId: s.dischargeId,
    actorId: ctx.actor.role === 'system' ? null : ctx.actor.userId,
    at: now,
  });
  await audit(ctx, { action: s.action, clientId: s.clientId, subjectType: 'discharge', subjectId: s.dischargeId });
  await notifyPerson(ctx, { userId: s.clientUserId, kind: 'care_transition', clientId: s.clientId, subjectId: stepId });
  await publishEvent(ctx.db, { practiceId, type: 'transition.changed', clientId: s.clientId, subjectId: s.dischargeId, at: now });
}
