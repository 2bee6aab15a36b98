import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { AbsenceView, SetAbsenceBody } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { notifyPerson } from '../notifications';
import { publishEvents } from '../realtime';
import { primaryClientsOf } from '../care-teams';
import { findAbsencesFrom, findOverlappingAbsence } from './agreements.queries';
import { clinicianAbsences } from './agreements.tables';
import { absenceView } from './agreements.views';
import { agreementErrors } from './agreements.words';
import { findPractice, namesOf, practiceClinicians } from '../../access/people';

const DAY_MS = 86_400_000;

/** How far ahead a practice tells clients of an absence (`practices.policies.absenceNoticeDays`), 14 days unless set. */
export function noticeDaysOf(policies: Record<string, unknown>): number {
  const parsed = z.number().int().min(0).max(90).safeParse(policies.absenceNoticeDays);
  return parsed.success ? parsed.data : 14;
}

export interface AbsenceSet extends AbsenceView {
  /** Clients told (those the clinician is primary for when the absence starts). */
  clientsTold: number;
  /** Set with less than the practice's notice: the clients were told at once all the same. */
  shortNotice: boolean;
}

/**
 * A clinician sets their own absence with a named cover (SPEC §2.3). It needs no signature, but it
 * is never silent: each client they are primary for is told at once, and so is the cover.
 */
export async function setAbsence(ctx: Ctx, body: z.infer<typeof SetAbsenceBody>): Promise<AbsenceSet> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  if (endsAt <= startsAt) throw invalid(agreementErrors.absenceOrder, { field: 'endsAt' });
  if (endsAt <= now) throw invalid(agreementErrors.absenceEnded, { field: 'endsAt' });
  if (body.coverClinicianId === ctx.actor.userId) throw invalid(agreementErrors.coverSelf, { field: 'coverClinicianId' });
  const clinicians = await practiceClinicians(ctx.db, practiceId);
  if (!clinicians.some((c) => c.id === body.coverClinicianId)) throw invalid(agreementErrors.coverNotClinician, { field: 'coverClinicianId' });
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    if (await findOverlappingAbsence(tx, practiceId, ctx.actor.userId, startsAt, endsAt)) throw conflict(agreementErrors.overlapsAbsence);
    const [row] = await tx
      .insert(clinicianAbsences)
      .values({
        practiceId,
        clinicianId: ctx.actor.userId,
        coverClinicianId: body.coverClinicianId,
        startsAt,
        endsAt,
        note: body.note,
        createdBy: ctx.actor.userId,
        createdAt: now,
      })
      .returning();
    const clients = await primaryClientsAt(txCtx, ctx.actor.userId, startsAt < now ? now : startsAt);
    for (const client of clients) {
      await audit(txCtx, { action: 'absence.set', clientId: client.clientId, subjectType: 'clinician_absence', subjectId: row!.id });
      await notifyPerson(txCtx, { userId: client.userId, kind: 'cover_arranged', clientId: client.clientId, subjectId: row!.id });
    }
    await notifyPerson(txCtx, { userId: body.coverClinicianId, kind: 'cover_arranged', subjectId: row!.id });
    await publishEvents(
      tx,
      clients.map((c) => ({ practiceId, type: 'absence.updated' as const, clientId: c.clientId, subjectId: row!.id, at: now })),
    );
    const practice = await findPractice(tx, practiceId);
    const names = await namesOf(tx, practiceId, [row!.clinicianId, row!.coverClinicianId]);
    const shortNotice = startsAt.getTime() - now.getTime() < noticeDaysOf(practice?.policies ?? {}) * DAY_MS;
    return { ...absenceView(row!, names), clientsTold: clients.length, shortNotice };
  });
}

/** The caller's own absences, now and ahead. */
export async function listMyAbsences(ctx: Ctx): Promise<AbsenceView[]> {
  const rows = await findAbsencesFrom(ctx.db, ctx.actor.practiceId, [ctx.actor.userId], ctx.clock.now());
  const names = await namesOf(
    ctx.db,
    ctx.actor.practiceId,
    rows.flatMap((r) => [r.clinicianId, r.coverClinicianId]),
  );
  return rows.map((r) => absenceView(r, names));
}

/** Cancels one of the caller's own absences; its clients see the change at once. */
export async function cancelAbsence(ctx: Ctx, id: string): Promise<void> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const [row] = await tx
      .update(clinicianAbsences)
      .set({ cancelledAt: now })
      .where(
        and(
          eq(clinicianAbsences.practiceId, practiceId),
          eq(clinicianAbsences.id, id),
          eq(clinicianAbsences.clinicianId, ctx.actor.userId),
          isNull(clinicianAbsences.cancelledAt),
        ),
      )
      .returning();
    if (!row) throw notFound('absence');
    const clients = await primaryClientsAt(txCtx, ctx.actor.userId, now);
    for (const client of clients) await audit(txCtx, { action: 'absence.cancel', clientId: client.clientId, subjectType: 'clinician_absence', subjectId: id });
    await publishEvents(
      tx,
      clients.map((c) => ({ practiceId, type: 'absence.updated' as const, clientId: c.clientId, subjectId: id, at: now })),
    );
  });
}

async function primaryClientsAt(ctx: Ctx, clinicianId: string, at: Date): Promise<{ clientId: string; userId: string }[]> {
  return primaryClientsOf(ctx.db, ctx.actor.practiceId, clinicianId, at);
}
