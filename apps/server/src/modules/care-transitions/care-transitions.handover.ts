import { and, eq } from 'drizzle-orm';
import type { HandoverIntroductionBody, HandoverView, StartHandoverBody } from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import { withDb, type Ctx } from '../../http/context';
import { clientErased, conflict, notFound } from '../../http/errors';
import { audit } from '../audit';
import { cancelHandoverMemberships, clientsWithNames, finishHandoverMemberships, planHandoverMemberships, type HandoverPeriods } from '../care-teams';
import { reattributeCaringContacts } from '../caring-contacts';
import { notifyPerson } from '../notifications';
import { publishEvent } from '../realtime';
import { findHandover, insertTransitionEvent, type HandoverWithNames } from './care-transitions.queries';
import { handovers, type TransitionEventKind } from './care-transitions.tables';
import { handoverStatus, toHandoverView } from './care-transitions.views';
import { transitionErrors } from './care-transitions.words';

/*
 * A handover (SPEC §2.10): planned by the primary clinician or the admin (routes check
 * 'transitions.manage'), told to the client and the new clinician at once, with the summary
 * shared with the new clinician; introduced by the new clinician; ended by its dates, or cancelled
 * or finished early. Every step: an audit row, a timeline step, the client's notice and an event,
 * in the step's transaction.
 */

/** Plans the handover: the memberships' dates, the summary, the caring contacts that will come from the new clinician. */
export async function startHandover(ctx: Ctx, clientId: string, body: StartHandoverBody): Promise<HandoverView> {
  const id = await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const periods = await planHandoverMemberships(txCtx, { clientId, ...body });
    // Notes due after the overlap would be skipped (their author has left): they come from the new clinician instead.
    const moved = await reattributeCaringContacts(tx, {
      practiceId: ctx.actor.practiceId,
      clientId,
      fromClinicianId: periods.fromClinicianId,
      toClinicianId: periods.toClinicianId,
      dueFrom: periods.overlapEndsAt,
    });
    const [row] = await tx
      .insert(handovers)
      .values({
        practiceId: ctx.actor.practiceId,
        clientId,
        fromClinicianId: periods.fromClinicianId,
        fromStartsAt: periods.fromStartsAt,
        toClinicianId: periods.toClinicianId,
        overlapStartsAt: periods.overlapStartsAt,
        overlapEndsAt: periods.overlapEndsAt,
        summary: body.summary,
        movedCaringContacts: moved,
        createdBy: ctx.actor.userId,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: handovers.id });
    const handoverId = row!.id;
    // The completion is a step dated at the overlap's end: the timeline shows it once that has passed.
    await insertTransitionEvent(tx, {
      practiceId: ctx.actor.practiceId,
      clientId,
      kind: 'handover_completes',
      handoverId,
      actorId: null,
      at: periods.overlapEndsAt,
    });
    await recordStep(txCtx, {
      clientId,
      clientUserId: periods.clientUserId,
      handoverId,
      kind: 'handover_started',
      action: 'handover.start',
      alsoTell: periods.toClinicianId,
    });
    return handoverId;
  });
  return handoverViewFor(ctx, id);
}

/** Cancels a handover before it completes: the old primary stays, the new clinician's periods end; the client is told. */
export async function cancelHandover(ctx: Ctx, clientId: string, handoverId: string): Promise<HandoverView> {
  await changeOpenHandover(ctx, clientId, handoverId, async (txCtx, row, periods) => {
    await cancelHandoverMemberships(txCtx, periods);
    await reattributeCaringContacts(txCtx.db, {
      practiceId: row.practiceId,
      clientId,
      fromClinicianId: row.toClinicianId,
      toClinicianId: row.fromClinicianId,
      ids: row.movedCaringContacts,
    });
    await txCtx.db.update(handovers).set({ cancelledAt: ctx.clock.now(), cancelledBy: ctx.actor.userId }).where(keyOf(row));
    return { kind: 'handover_cancelled', action: 'handover.cancel' };
  });
  return handoverViewFor(ctx, handoverId);
}

/** Ends the overlap today: the new clinician is primary from now, the old one's membership ends now. */
export async function finishHandover(ctx: Ctx, clientId: string, handoverId: string): Promise<HandoverView> {
  await changeOpenHandover(ctx, clientId, handoverId, async (txCtx, row, periods, now) => {
    if (handoverStatus(row, now) !== 'overlap') throw conflict(transitionErrors.notActive);
    await finishHandoverMemberships(txCtx, periods);
    const moved = await reattributeCaringContacts(txCtx.db, {
      practiceId: row.practiceId,
      clientId,
      fromClinicianId: row.fromClinicianId,
      toClinicianId: row.toClinicianId,
      dueFrom: now,
    });
    await txCtx.db
      .update(handovers)
      .set({ overlapEndsAt: now, finishedEarlyAt: now, movedCaringContacts: [...row.movedCaringContacts, ...moved] })
      .where(keyOf(row));
    return { kind: 'handover_finished_early', action: 'handover.finish' };
  });
  return handoverViewFor(ctx, handoverId);
}

/** The new clinician's introduction, which the client sees on their home (the route checks the clinician role; anyone else's is not found). */
export async function writeIntroduction(ctx: Ctx, handoverId: string, body: HandoverIntroductionBody): Promise<HandoverView> {
  await ctx.db.transaction(async (tx) => {
    const found = await findHandover(tx, ctx.actor.practiceId, handoverId, { lock: true });
    if (!found || found.handover.toClinicianId !== ctx.actor.userId) throw notFound(transitionErrors.handover);
    const row = found.handover;
    if (row.cancelledAt) throw conflict(transitionErrors.notActive);
    const [client] = await clientsWithNames(tx, row.practiceId, [row.clientId]);
    // The handover is a practice-level route, outside the client-scoped guard in http/auth.ts: an
    // erased client's kept record gets nothing new written about them here either.
    if (client!.erasedAt) throw clientErased();
    await tx.update(handovers).set({ introduction: body.introduction, introducedAt: ctx.clock.now() }).where(keyOf(row));
    await recordStep(withDb(ctx, tx), {
      clientId: row.clientId,
      clientUserId: client!.userId,
      handoverId,
      kind: 'handover_introduced',
      action: 'handover.introduce',
    });
  });
  return handoverViewFor(ctx, handoverId);
}

/** A handover made to the caller, with its summary, before the overlap lets them open the client (anyone else's: 404). */
export async function getIncomingHandover(ctx: Ctx, handoverId: string): Promise<HandoverView> {
  const found = await findHandover(ctx.db, ctx.actor.practiceId, handoverId);
  if (!found || found.handover.toClinicianId !== ctx.actor.userId) throw notFound(transitionErrors.handover);
  await audit(ctx, { action: 'handover.read', clientId: found.handover.clientId, subjectType: 'handover', subjectId: handoverId });
  return handoverViewFor(ctx, handoverId);
}

/** One handover as the caller may see it. */
export async function handoverViewFor(ctx: Ctx, handoverId: string): Promise<HandoverView> {
  const found = await findHandover(ctx.db, ctx.actor.practiceId, handoverId);
  if (!found) throw notFound(transitionErrors.handover);
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [found.handover.clientId]);
  return viewOf(ctx, found, client!);
}

/** Builds the view: the summary for the treating clinicians, the admin and the incoming clinician; never the client. */
export async function viewOf(ctx: Ctx, found: HandoverWithNames, client: { name: string; timeZone: string; erasedAt?: Date | null }): Promise<HandoverView> {
  const isIncoming = found.handover.toClinicianId === ctx.actor.userId;
  const [canManage, canSummary] = await Promise.all([
    canOnClient(ctx, 'transitions.manage', found.handover.clientId),
    canOnClient(ctx, 'transitions.summary', found.handover.clientId),
  ]);
  return toHandoverView(found, {
    now: ctx.clock.now(),
    timeZone: client.timeZone,
    clientName: client.name,
    withSummary: canSummary || isIncoming,
    canManage,
    isIncoming,
    erased: Boolean(client.erasedAt),
  });
}

type Step = { kind: TransitionEventKind; action: string };

async function changeOpenHandover(
  ctx: Ctx,
  clientId: string,
  handoverId: string,
  change: (txCtx: Ctx, row: HandoverWithNames['handover'], periods: HandoverPeriods, now: Date) => Promise<Step>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    const found = await findHandover(tx, ctx.actor.practiceId, handoverId, { lock: true });
    if (!found || found.handover.clientId !== clientId) throw notFound(transitionErrors.handover);
    const row = found.handover;
    const status = handoverStatus(row, now);
    if (status !== 'planned' && status !== 'overlap') throw conflict(transitionErrors.notActive);
    const step = await change(txCtx, row, { ...row }, now);
    const [client] = await clientsWithNames(tx, row.practiceId, [clientId]);
    await recordStep(txCtx, { clientId, clientUserId: client!.userId, handoverId, ...step, alsoTell: row.toClinicianId });
  });
}

/**
 * The step's timeline row, audit row, notices and event. The client's notice names the step (its
 * words say who and when); the new clinician's names the handover, which they open at
 * /handovers/:id even before the overlap lets them open the client.
 */
async function recordStep(
  ctx: Ctx,
  s: { clientId: string; clientUserId: string; handoverId: string; kind: TransitionEventKind; action: string; alsoTell?: string },
): Promise<void> {
  const now = ctx.clock.now();
  const { practiceId } = ctx.actor;
  const stepId = await insertTransitionEvent(ctx.db, {
    practiceId,
    clientId: s.clientId,
    kind: s.kind,
    handoverId: s.handoverId,
    actorId: ctx.actor.userId,
    at: now,
  });
  await audit(ctx, { action: s.action, clientId: s.clientId, subjectType: 'handover', subjectId: s.handoverId });
  await notifyPerson(ctx, { userId: s.clientUserId, kind: 'care_transition', clientId: s.clientId, subjectId: stepId });
  if (s.alsoTell && s.alsoTell !== ctx.actor.userId)
    await notifyPerson(ctx, { userId: s.alsoTell, kind: 'care_transition', clientId: s.clientId, subjectId: s.handoverId });
  await publishEvent(ctx.db, { practiceId, type: 'transition.changed', clientId: s.clientId, subjectId: s.handoverId, at: now });
}

function keyOf(row: { practiceId: string; id: string }) {
  return and(eq(handovers.practiceId, row.practiceId), eq(handovers.id, row.id));
}
