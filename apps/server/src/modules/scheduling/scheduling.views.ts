import type { AppointmentRequestView, AppointmentView } from '@steadfast/contracts';
import type { AppointmentWithClinician, RequestRow } from './scheduling.queries';

export function toAppointmentView(a: AppointmentWithClinician): AppointmentView {
  return {
    id: a.id,
    clientId: a.clientId,
    clinicianId: a.clinicianId,
    clinicianName: a.clinicianName,
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    timeZone: a.timeZone,
    kind: a.kind,
    status: a.status,
    seriesId: a.seriesId,
  };
}

export function toRequestView(r: RequestRow, clientName: string): AppointmentRequestView {
  return {
    id: r.id,
    clientId: r.clientId,
    clientName,
    start: r.startsAt.toISOString(),
    end: new Date(r.startsAt.getTime() + r.durationMinutes * 60_000).toISOString(),
    kind: r.kind,
    note: r.note,
    status: r.status,
    responseNote: r.responseNote,
    offeredStart: r.offeredStartsAt?.toISOString() ?? null,
    appointmentId: r.appointmentId,
    createdAt: r.createdAt.toISOString(),
  };
}
