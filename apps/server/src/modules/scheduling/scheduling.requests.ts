import { and, eq } from 'drizzle-orm';
import type { AppointmentRequestView, DecideRequestBody, RequestAppointmentBody, RequestOptions } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { conflict, forbidden, invalid, notFound } from '../../http/errors';
import { appointmentRequestsAllowed } from '../agreements';
import { careTeamsOf, clientsWithNames } from '../care-teams';
import { audit } from '../audit';
import { notifyPerson } from '../notifications';
import { findBookingSettings, findRequest, requestsOf, type RequestRow } from './scheduling.queries';
import { appointmentRequests, appointments, bookingSettings } from './scheduling.tables';
import { toRequestView } from './scheduling.views';
import { instantOf, parseLocal } from './scheduling.time';
import { guardSlot, recordAppointmentChange } from './scheduling.write';
import { pastTimeMessage, requestsOffMessage, tooSoonMessage } from './scheduling.words';
import { findPractice } from '../../access/people';

const HOUR = 3_600_000;

/**
 * Whether the client may ask for an appointment now. In an agreed off-week the answer carries
 * the words both signed and the routes that stay open, never a bare refusal (SPEC §2.3).
 */
export async function getRequestOptions(ctx: Ctx, clientId: string): Promise<RequestOptions> {
  await audit(ctx, { action: 'appointments.options.read', clientId, subjectType: 'client', subjectId: clientId });
  const settings = await findBookingSettings(ctx.db, ctx.actor.practiceId, clientId);
  const mode = settings?.mode ?? 'request';
  const agreed = await appointmentRequestsAllowed(ctx.db, ctx.actor.practiceId, clientId, ctx.clock.now());
  const minNoticeHours = agreed.minNoticeHours;
  const allowed = mode === 'request' && agreed.allowed;
  const words = agreed.allowed ? (mode === 'request' ? null : requestsOffMessage) : (agreed.words ?? null);
  return { mode, minNoticeHours, allowed, words, routes: agreed.routes };
}

/** The clinician sets whether this client sees and may request appointments (off / view / request). */
export async function setBookingMode(ctx: Ctx, clientId: string, mode: 'off' | 'view' | 'request'): Promise<RequestOptions> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(bookingSettings)
      .values({ practiceId: ctx.actor.practiceId, clientId, mode, updatedAt: ctx.clock.now() })
      .onConflictDoUpdate({ target: [bookingSettings.practiceId, bookingSettings.clientId], set: { mode, updatedAt: ctx.clock.now() } });
    await audit(withDb(ctx, tx), { action: 'appointments.bookingMode', clientId, subjectType: 'client', subjectId: clientId });
  });
  return getRequestOptions(ctx, clientId);
}

/**
 * A client asks for a time. The request holds the slot at once (a `requested` appointment under
 * the exclusion constraint): of two requests for one slot, exactly one wins, and the other hears
 * so straight away. The primary clinician is alerted in the same transaction.
 */
export async function requestAppointment(ctx: Ctx, clientId: string, body: RequestAppointmentBody): Promise<AppointmentRequestView> {
  const options = await getRequestOptions(ctx, clientId);
  if (!options.allowed) throw forbidden(options.words ?? requestsOffMessage, { routes: options.routes });
  const now = ctx.clock.now();
  const practice = await findPractice(ctx.db, ctx.actor.practiceId);
  const startsAt = instantOf(parseLocal(body.start), practice!.timeZone);
  if (startsAt <= now) throw invalid(pastTimeMessage);
  if (startsAt.getTime() - now.getTime() < options.minNoticeHours * HOUR) throw invalid(tooSoonMessage(options.minNoticeHours));
  const primary = (await careTeamsOf(ctx.db, ctx.actor.practiceId, [clientId], now)).get(clientId)?.find((m) => m.isPrimary);
  if (!primary) throw conflict('There is no therapist to ask just now. Please send a message instead.');
  const endsAt = new Date(startsAt.getTime() + body.durationMinutes * 60_000);
  const row = await guardSlot(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx = withDb(ctx, tx);
      const [held] = await tx
        .insert(appointments)
        .values({
          practiceId: ctx.actor.practiceId,
          clientId,
          clinicianId: primary.clinicianId,
          startsAt,
          endsAt,
          timeZone: practice!.timeZone,
          kind: body.kind,
          status: 'requested',
        })
        .returning({ id: appointments.id });
      const [request] = await tx
        .insert(appointmentRequests)
        .values({
          practiceId: ctx.actor.practiceId,
          clientId,
          clinicianId: primary.clinicianId,
          startsAt,
          durationMinutes: body.durationMinutes,
          kind: body.kind,
          note: body.note,
          appointmentId: held!.id,
          createdAt: now,
        })
        .returning();
      await notifyPerson(txCtx, { userId: primary.clinicianId, kind: 'appointment_request', clientId, subjectId: request!.id });
      await recordAppointmentChange(txCtx, clientId, 'appointments.request', request!.id);
      return request!;
    }),
  );
  return requestView(ctx, row);
}

/** A client's requests and their answers, newest first. */
export async function listRequests(ctx: Ctx, clientId: string): Promise<{ requests: AppointmentRequestView[] }> {
  await audit(ctx, { action: 'appointments.requests.read', clientId, subjectType: 'client', subjectId: clientId });
  const rows = await requestsOf(ctx.db, ctx.actor.practiceId, clientId);
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  return { requests: rows.map((r) => toRequestView(r, client?.name ?? '')) };
}

/**
 * The clinician accepts, offers another time (held for the client), or declines with a kind
 * note. Every decision reaches the client: a silent decline leaves someone waiting.
 */
export async function decideRequest(ctx: Ctx, clientId: string, requestId: string, body: DecideRequestBody): Promise<AppointmentRequestView> {
  const now = ctx.clock.now();
  const row = await guardSlot(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx = withDb(ctx, tx);
      const request = await findRequest(tx, ctx.actor.practiceId, clientId, requestId);
      if (!request) throw notFound('appointment request');
      if (request.status !== 'pending') throw conflict('This request has already been answered.');
      const held = and(eq(appointments.practiceId, ctx.actor.practiceId), eq(appointments.id, request.appointmentId!));
      let set: Partial<RequestRow>;
      if (body.decision === 'accept') {
        await tx.update(appointments).set({ status: 'scheduled' }).where(held);
        set = { status: 'accepted' };
      } else if (body.decision === 'offer') {
        const practice = await findPractice(tx, ctx.actor.practiceId);
        const offered = instantOf(parseLocal(body.start), practice!.timeZone);
        if (offered <= now) throw invalid(pastTimeMessage);
        await tx
          .update(appointments)
          .set({ status: 'offered', startsAt: offered, endsAt: new Date(offered.getTime() + request.durationMinutes * 60_000) })
          .where(held);
        set = { status: 'offered', offeredStartsAt: offered };
      } else {
        await tx.update(appointments).set({ status: 'cancelled', cancelledAt: now }).where(held);
        set = { status: 'declined' };
      }
      const [updated] = await tx
        .update(appointmentRequests)
        .set({ ...set, responseNote: body.note, decidedAt: now, decidedBy: ctx.actor.userId })
        .where(and(eq(appointmentRequests.practiceId, ctx.actor.practiceId), eq(appointmentRequests.id, requestId)))
        .returning();
      await tellClient(txCtx, clientId, requestId);
      await recordAppointmentChange(txCtx, clientId, `appointments.request.${body.decision}`, requestId);
      return updated!;
    }),
  );
  return requestView(ctx, row);
}

/** The client takes or turns down the time their therapist offered. */
export async function answerOffer(ctx: Ctx, clientId: string, requestId: string, answer: 'accept' | 'decline'): Promise<AppointmentRequestView> {
  const row = await ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, ctx.actor.practiceId, clientId, requestId);
    if (!request) throw notFound('appointment request');
    if (request.status !== 'offered') throw conflict('There is no offered time to answer.');
    const held = and(eq(appointments.practiceId, ctx.actor.practiceId), eq(appointments.id, request.appointmentId!));
    await tx
      .update(appointments)
      .set(answer === 'accept' ? { status: 'scheduled' } : { status: 'cancelled', cancelledAt: ctx.clock.now() })
      .where(held);
    const [updated] = await tx
      .update(appointmentRequests)
      .set({ status: answer === 'accept' ? 'accepted' : 'offer_declined' })
      .where(and(eq(appointmentRequests.practiceId, ctx.actor.practiceId), eq(appointmentRequests.id, requestId)))
      .returning();
    const txCtx = withDb(ctx, tx);
    await notifyPerson(txCtx, { userId: request.clinicianId, kind: 'appointment_request', clientId, subjectId: requestId });
    await recordAppointmentChange(txCtx, clientId, `appointments.offer.${answer}`, requestId);
    return updated!;
  });
  return requestView(ctx, row);
}

async function tellClient(ctx: Ctx, clientId: string, requestId: string): Promise<void> {
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (client) await notifyPerson(ctx, { userId: client.userId, kind: 'appointment_update', clientId, subjectId: requestId });
}

async function requestView(ctx: Ctx, row: RequestRow): Promise<AppointmentRequestView> {
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [row.clientId]);
  return toRequestView(row, client?.name ?? '');
}
