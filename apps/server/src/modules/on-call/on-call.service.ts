import { and, eq } from 'drizzle-orm';
import type { OnCallNowView, ShiftBody, ShiftList, ShiftListQuery, ShiftView } from '@steadfast/contracts';
import { roleAllows } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { onCallShifts } from './on-call.tables';
import { escalationPolicyOf } from './on-call.policy';
import { findOnCallNow, findOverlappingShift, findShift, listShifts, lockRota, type ShiftRow } from './on-call.queries';
import { namesOf, practiceClinicians } from '../../access/people';
import { shiftStatus, toShiftView } from './on-call.views';
import { onCallWords } from './on-call.words';

const DAY_MS = 86_400_000;

/** The rota around now (a week back, three months ahead, unless asked otherwise), with the practice's clinicians. */
export async function listRota(ctx: Ctx, query: ShiftListQuery): Promise<ShiftList> {
  const now = ctx.clock.now();
  const from = query.from ? new Date(query.from) : new Date(now.getTime() - 7 * DAY_MS);
  const to = query.to ? new Date(query.to) : new Date(now.getTime() + 90 * DAY_MS);
  const { practiceId } = ctx.actor;
  const shifts = await listShifts(ctx.db, practiceId, from, to);
  const clinicians = await practiceClinicians(ctx.db, practiceId);
  const names = new Map(clinicians.map((c) => [c.id, c.name]));
  const canManage = roleAllows('onCall.manage', ctx.actor.role);
  return {
    shifts: shifts.map((s) => toShiftView(s, names, now, canManage)),
    clinicians,
    canManage,
    policy: await escalationPolicyOf(ctx.db, practiceId),
  };
}

/** Who is on call now, and the windows the escalation ladder keeps. */
export async function getOnCallNow(ctx: Ctx): Promise<OnCallNowView> {
  const now = ctx.clock.now();
  const live = await findOnCallNow(ctx.db, ctx.actor.practiceId, now);
  const shift = live ? await findShift(ctx.db, ctx.actor.practiceId, live.shiftId) : undefined;
  return {
    shift: shift ? await viewOf(ctx, shift) : null,
    policy: await escalationPolicyOf(ctx.db, ctx.actor.practiceId),
  };
}

/** Adds a shift (admin): never one that overlaps another or is already over. */
export async function createShift(ctx: Ctx, body: ShiftBody): Promise<ShiftView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= now) throw invalid(onCallWords.addEnded, [{ path: '/endsAt', message: onCallWords.addEnded }]);
    await lockRota(tx, ctx.actor.practiceId);
    await checkPeople(txCtx, body);
    await refuseOverlap(txCtx, startsAt, endsAt);
    const [shift] = await tx
      .insert(onCallShifts)
      .values({
        practiceId: ctx.actor.practiceId,
        clinicianId: body.clinicianId,
        backupClinicianId: body.backupClinicianId,
        startsAt,
        endsAt,
        handoverNote: body.handoverNote,
        createdAt: now,
      })
      .returning();
    await audit(txCtx, { action: 'onCall.shift.create', subjectType: 'on_call_shift', subjectId: shift!.id });
    return viewOf(txCtx, shift!);
  });
}

/**
 * Changes a shift (admin). What has happened stays as it was: an ended shift is not changed, and a
 * shift under way keeps its start and clinician (a handover changes its end, backup or note).
 */
export async function updateShift(ctx: Ctx, id: string, body: ShiftBody): Promise<ShiftView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    await lockRota(tx, ctx.actor.practiceId);
    const existing = await findShift(tx, ctx.actor.practiceId, id);
    if (!existing) throw notFound('shift');
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    const status = shiftStatus(existing, now);
    if (status === 'past') throw conflict(onCallWords.alreadyEnded);
    if (status === 'live') {
      if (startsAt.getTime() !== existing.startsAt.getTime() || body.clinicianId !== existing.clinicianId) throw conflict(onCallWords.liveShiftFixed);
      if (endsAt < now) throw invalid(onCallWords.liveEndInPast, [{ path: '/endsAt', message: onCallWords.liveEndInPast }]);
    } else if (endsAt <= now) {
      throw invalid(onCallWords.addEnded, [{ path: '/endsAt', message: onCallWords.addEnded }]);
    }
    await checkPeople(txCtx, body);
    await refuseOverlap(txCtx, startsAt, endsAt, id);
    const [shift] = await tx
      .update(onCallShifts)
      .set({ clinicianId: body.clinicianId, backupClinicianId: body.backupClinicianId, startsAt, endsAt, handoverNote: body.handoverNote })
      .where(and(eq(onCallShifts.practiceId, ctx.actor.practiceId), eq(onCallShifts.id, id)))
      .returning();
    await audit(txCtx, { action: 'onCall.shift.update', subjectType: 'on_call_shift', subjectId: id });
    return viewOf(txCtx, shift!);
  });
}

/** Ends a shift under way at this moment (a handover, someone unwell). */
export async function endShiftNow(ctx: Ctx, id: string): Promise<ShiftView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    await lockRota(tx, ctx.actor.practiceId);
    const existing = await findShift(tx, ctx.actor.practiceId, id);
    if (!existing) throw notFound('shift');
    if (shiftStatus(existing, now) !== 'live') throw conflict(onCallWords.notLive);
    const [shift] = await tx
      .update(onCallShifts)
      .set({ endsAt: now })
      .where(and(eq(onCallShifts.practiceId, ctx.actor.practiceId), eq(onCallShifts.id, id)))
      .returning();
    await audit(txCtx, { action: 'onCall.shift.end', subjectType: 'on_call_shift', subjectId: id });
    return viewOf(txCtx, shift!);
  });
}

/** Deletes a shift that has not started; a started one is part of the record. */
export async function deleteShift(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await lockRota(tx, ctx.actor.practiceId);
    const existing = await findShift(tx, ctx.actor.practiceId, id);
    if (!existing) throw notFound('shift');
    if (shiftStatus(existing, ctx.clock.now()) !== 'upcoming') throw conflict(onCallWords.deleteStarted);
    await tx.delete(onCallShifts).where(and(eq(onCallShifts.practiceId, ctx.actor.practiceId), eq(onCallShifts.id, id)));
    await audit(withDb(ctx, tx), { action: 'onCall.shift.delete', subjectType: 'on_call_shift', subjectId: id });
  });
}

async function checkPeople(ctx: Ctx, body: ShiftBody): Promise<void> {
  const clinicians = new Set((await practiceClinicians(ctx.db, ctx.actor.practiceId)).map((c) => c.id));
  if (!clinicians.has(body.clinicianId)) throw invalid(onCallWords.notAClinician, [{ path: '/clinicianId', message: onCallWords.notAClinician }]);
  if (body.backupClinicianId && !clinicians.has(body.backupClinicianId)) {
    throw invalid(onCallWords.notAClinician, [{ path: '/backupClinicianId', message: onCallWords.notAClinician }]);
  }
}

async function refuseOverlap(ctx: Ctx, startsAt: Date, endsAt: Date, exceptId?: string): Promise<void> {
  const other = await findOverlappingShift(ctx.db, ctx.actor.practiceId, startsAt, endsAt, exceptId);
  if (!other) return;
  const names = await namesOf(ctx.db, ctx.actor.practiceId, [other.clinicianId]);
  const name = names.get(other.clinicianId) ?? 'another clinician';
  throw conflict(onCallWords.overlaps(name), {
    reason: 'shift_overlap',
    shift: { id: other.id, clinician: { id: other.clinicianId, name }, startsAt: other.startsAt.toISOString(), endsAt: other.endsAt.toISOString() },
  });
}

async function viewOf(ctx: Ctx, shift: ShiftRow): Promise<ShiftView> {
  const names = await namesOf(ctx.db, ctx.actor.practiceId, [shift.clinicianId, ...(shift.backupClinicianId ? [shift.backupClinicianId] : [])]);
  return toShiftView(shift, names, ctx.clock.now(), roleAllows('onCall.manage', ctx.actor.role));
}
