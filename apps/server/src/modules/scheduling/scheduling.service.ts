import { and, eq, gte, inArray } from 'drizzle-orm';
import type { AppointmentList, ChangeAppointmentBody, ScheduleAppointmentBody } from '@steadfast/contracts';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { appointmentsBetween, findAppointment, findBookingSettings, findSeries, occurrencesFrom, type AppointmentRow } from './scheduling.queries';
import { addLocalDays, formatLocal, instantOf, parseLocal, toRRule, wallOf } from './scheduling.time';
import { appointmentSeries, appointments } from './scheduling.tables';
import { toAppointmentView } from './scheduling.views';
import { guardSlot, insertSeries, recordAppointmentChange } from './scheduling.write';
import { notASeriesMessage } from './scheduling.words';
import { findPractice } from '../../access/people';

const DAY = 86_400_000;
const MAX_RANGE_DAYS = 400;

/** A client's appointments in a window, series expanded into occurrences, oldest first (SPEC §4). */
export async function listClientAppointments(ctx: Ctx, clientId: string, range: { from?: string; to?: string }): Promise<AppointmentList> {
  const now = ctx.clock.now();
  const from = range.from ? new Date(range.from) : new Date(now.getTime() - 7 * DAY);
  const to = range.to ? new Date(range.to) : new Date(from.getTime() + 90 * DAY);
  if (to <= from || to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY)
    throw invalid(`Choose a window of at most ${MAX_RANGE_DAYS} days, with "to" after "from".`);
  return ctx.db.transaction(async (tx) => {
    const rows = await appointmentsBetween(tx, ctx.actor.practiceId, clientId, from, to);
    await audit(withDb(ctx, tx), { action: 'appointments.read', clientId, subjectType: 'client', subjectId: clientId });
    const access = await relationshipsTo(tx, ctx.actor, clientId, now);
    const can = (action: 'appointments.schedule' | 'appointments.request') =>
      Boolean(access && allows(clientRules[action], access.relationships, access.scopes));
    const settings = await findBookingSettings(tx, ctx.actor.practiceId, clientId);
    // 'off': the client's app leaves appointments out altogether; the care team still sees them.
    const hidden = ctx.actor.role === 'client' && settings?.mode === 'off';
    return {
      appointments: hidden ? [] : rows.map(toAppointmentView),
      can: { schedule: can('appointments.schedule'), request: can('appointments.request') && (settings?.mode ?? 'request') === 'request' },
    };
  });
}

/** A clinician schedules one appointment or a bounded weekly series in the practice's zone. */
export async function scheduleAppointment(ctx: Ctx, clientId: string, body: ScheduleAppointmentBody): Promise<{ seriesId: string | null; count: number }> {
  const practice = await findPractice(ctx.db, ctx.actor.practiceId);
  const timeZone = practice!.timeZone;
  return guardSlot(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx = withDb(ctx, tx);
      if (body.recurrence) {
        const series = await insertSeries(tx, ctx.actor.practiceId, {
          clientId,
          clinicianId: ctx.actor.userId,
          kind: body.kind,
          rrule: toRRule(body.recurrence),
          startLocal: body.start,
          timeZone,
          durationMinutes: body.durationMinutes,
        });
        await recordAppointmentChange(txCtx, clientId, 'appointments.schedule', series.id);
        return { seriesId: series.id, count: series.count };
      }
      const start = instantOf(parseLocal(body.start), timeZone);
      const [row] = await tx
        .insert(appointments)
        .values({
          practiceId: ctx.actor.practiceId,
          clientId,
          clinicianId: ctx.actor.userId,
          startsAt: start,
          endsAt: new Date(start.getTime() + body.durationMinutes * 60_000),
          timeZone,
          kind: body.kind,
        })
        .returning({ id: appointments.id });
      await recordAppointmentChange(txCtx, clientId, 'appointments.schedule', row!.id);
      return { seriesId: null, count: 1 };
    }),
  );
}

/**
 * Moves or cancels this occurrence, this and the following ones, or every one still to come
 * ("all": what has happened stays as it was). A moved run becomes a new series from the new
 * time, and the old occurrences are removed, so no ghost events are left behind (OpenEMR PR #560).
 */
export async function changeAppointment(ctx: Ctx, clientId: string, appointmentId: string, body: ChangeAppointmentBody): Promise<{ changed: number }> {
  if (body.action === 'move' && !body.start) throw invalid('Say when to move it to.');
  return guardSlot(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx = withDb(ctx, tx);
      const target = await findAppointment(tx, ctx.actor.practiceId, clientId, appointmentId);
      if (!target || target.status === 'cancelled') throw notFound('appointment');
      let changed: number;
      if (body.scope === 'this') changed = await changeOne(txCtx, target, body);
      else changed = await changeRun(txCtx, target, body);
      await recordAppointmentChange(txCtx, clientId, `appointments.${body.action}`, appointmentId);
      return { changed };
    }),
  );
}

async function changeOne(ctx: Ctx, target: AppointmentRow, body: ChangeAppointmentBody): Promise<number> {
  const where = and(eq(appointments.practiceId, target.practiceId), eq(appointments.id, target.id));
  if (body.action === 'cancel') {
    await ctx.db.update(appointments).set({ status: 'cancelled', cancelledAt: ctx.clock.now() }).where(where);
    return 1;
  }
  const start = instantOf(parseLocal(body.start!), target.timeZone);
  const duration = target.endsAt.getTime() - target.startsAt.getTime();
  await ctx.db
    .update(appointments)
    .set({ startsAt: start, endsAt: new Date(start.getTime() + duration) })
    .where(where);
  return 1;
}

async function changeRun(ctx: Ctx, target: AppointmentRow, body: ChangeAppointmentBody): Promise<number> {
  if (!target.seriesId || !target.originalStart) throw invalid(notASeriesMessage);
  const series = (await findSeries(ctx.db, target.practiceId, target.seriesId))!;
  const all = await occurrencesFrom(ctx.db, target.practiceId, series.id, new Date(0));
  const now = ctx.clock.now();
  const anchor = body.scope === 'all' ? all.find((o) => o.startsAt >= now && o.status !== 'cancelled') : target;
  if (!anchor) return 0;
  const run = all.filter((o) => o.originalStart! >= anchor.originalStart! && o.status !== 'cancelled');
  const ids = run.map((o) => o.id);
  if (body.action === 'cancel') {
    await ctx.db
      .update(appointments)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(and(eq(appointments.practiceId, target.practiceId), inArray(appointments.id, ids)));
    return ids.length;
  }
  // The old series now ends the day before the anchor; the run starts again as its own series.
  await ctx.db
    .delete(appointments)
    .where(and(eq(appointments.practiceId, target.practiceId), eq(appointments.seriesId, series.id), gte(appointments.originalStart, anchor.originalStart!)));
  const anchorDay = formatLocal(wallOf(anchor.originalStart!, series.timeZone)).slice(0, 10);
  const intervalWeeks = Number(/INTERVAL=(\d+)/.exec(series.rrule)?.[1] ?? 1);
  await ctx.db
    .update(appointmentSeries)
    .set({ rrule: toRRule({ intervalWeeks, until: addLocalDays(anchorDay, -1) }) })
    .where(and(eq(appointmentSeries.practiceId, series.practiceId), eq(appointmentSeries.id, series.id)));
  const moved = await insertSeries(ctx.db, target.practiceId, {
    clientId: series.clientId,
    clinicianId: series.clinicianId,
    kind: series.kind,
    rrule: toRRule({ intervalWeeks, count: run.length }),
    startLocal: body.start!,
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
    stepDownPlanId: series.stepDownPlanId,
  });
  return moved.count;
}
