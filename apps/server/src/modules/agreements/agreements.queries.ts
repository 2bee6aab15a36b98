import { and, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { AgreementTerms, OffWeek } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { findOnCallNow } from '../on-call';
import { findReplyContext, type ReplyContext } from '../reply-windows';
import { clinicianAbsences, contactAgreements, contactPauses } from './agreements.tables';
import { namesOf } from '../../access/people';

export type AgreementRow = typeof contactAgreements.$inferSelect;
export type AbsenceRow = typeof clinicianAbsences.$inferSelect;

/** Who reads and answers for the primary clinician now, and why. */
export interface CoverNow {
  clinicianId: string;
  name: string;
  reason: 'absence';
  from: Date;
  until: Date;
}

/** The contact agreement as it applies at one instant (SPEC §2.3): what every send and request asks. */
export interface ContactRules {
  clientId: string;
  clientTimeZone: string;
  primaryClinicianId: string | null;
  primaryClinicianName: string | null;
  /** The signed version in force, or null when none has been signed yet (practice defaults apply). */
  agreement: { id: string; version: number; terms: AgreementTerms } | null;
  replyWindows: AgreementTerms['replyWindows'];
  workingHours: AgreementTerms['workingHours'];
  offWeek: (OffWeek & { coverName: string | null }) | null;
  absence: { id: string; clinicianId: string; coverClinicianId: string; coverName: string; startsAt: Date; endsAt: Date } | null;
  cover: CoverNow | null;
  appointmentRequests: AgreementTerms['appointmentRequests'];
  emergency: { onCallClinicianId: string | null; onCallName: string | null; words: string };
  twentyFourHourRule: { agreed: boolean; activeUntil: Date | null };
  commitments: string;
}

const noAgreementRequests: AgreementTerms['appointmentRequests'] = { allowed: true, inOffWeeks: true, minNoticeHours: 0, words: '' };

/** The agreement in force for a client at `at`; undefined when the client is not in the practice. */
export async function contactRulesAt(db: Db, practiceId: string, clientId: string, at: Date): Promise<ContactRules | undefined> {
  const context = await findReplyContext(db, practiceId, clientId, at);
  return context ? contactRulesFor(db, practiceId, context, at) : undefined;
}

/** The same for a send context already read (one read of the client and care team per send). */
export async function contactRulesFor(db: Db, practiceId: string, context: ReplyContext, at: Date): Promise<ContactRules> {
  const primary = context.careTeam.find((m) => m.isPrimary);
  const [agreement, absence, pause] = await Promise.all([
    findAgreementInForce(db, practiceId, context.clientId),
    primary ? findAbsenceAt(db, practiceId, primary.clinicianId, at) : undefined,
    findPauseAt(db, practiceId, context.clientId, at),
  ]);
  const terms = agreement?.terms;
  const offWeek = terms ? offWeekAt(terms.offWeeks, localDate(at, context.clientTimeZone)) : undefined;
  const onCall = terms?.emergency.onCallClinicianId ? undefined : await findOnCallNow(db, practiceId, at);
  const onCallClinicianId = terms?.emergency.onCallClinicianId ?? onCall?.clinicianId ?? null;
  const names = await namesOf(
    db,
    practiceId,
    [absence?.coverClinicianId, offWeek?.coverClinicianId, onCallClinicianId].filter((x): x is string => !!x),
  );
  const absenceView = absence ? { ...pick(absence), coverName: names.get(absence.coverClinicianId) ?? '' } : null;
  const offWeekView = offWeek ? { ...offWeek, coverName: offWeek.coverClinicianId ? (names.get(offWeek.coverClinicianId) ?? null) : null } : null;
  return {
    clientId: context.clientId,
    clientTimeZone: context.clientTimeZone,
    primaryClinicianId: primary?.clinicianId ?? null,
    primaryClinicianName: primary?.name ?? null,
    agreement: agreement ? { id: agreement.id, version: agreement.version, terms: agreement.terms } : null,
    replyWindows: terms?.replyWindows ?? null,
    workingHours: terms?.workingHours ?? null,
    offWeek: offWeekView,
    absence: absenceView,
    cover: coverOf(absenceView),
    appointmentRequests: terms?.appointmentRequests ?? noAgreementRequests,
    emergency: { onCallClinicianId, onCallName: onCallClinicianId ? (names.get(onCallClinicianId) ?? null) : null, words: terms?.emergency.words ?? '' },
    twentyFourHourRule: { agreed: terms?.twentyFourHourRule ?? false, activeUntil: pause?.endsAt ?? null },
    commitments: terms?.clientCommitments ?? '',
  };
}

function pick(a: AbsenceRow) {
  return { id: a.id, clinicianId: a.clinicianId, coverClinicianId: a.coverClinicianId, startsAt: a.startsAt, endsAt: a.endsAt };
}

/**
 * Only an absence hands the conversation to someone else: in an off-week the clinician is still
 * there for messages, and the off-week's named clinician is the route for real emergencies.
 */
function coverOf(absence: ContactRules['absence']): CoverNow | null {
  return absence ? { clinicianId: absence.coverClinicianId, name: absence.coverName, reason: 'absence', from: absence.startsAt, until: absence.endsAt } : null;
}

export function offWeekAt(offWeeks: readonly OffWeek[], date: string): OffWeek | undefined {
  return offWeeks.find((w) => w.start <= date && date <= w.end);
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Midnight at the start of a local date, as an instant (exact across clock changes to the minute). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const offsetMinutes = (d: Date) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(d);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  };
  const first = new Date(guess.getTime() - offsetMinutes(guess) * 60_000);
  return new Date(guess.getTime() - offsetMinutes(first) * 60_000);
}

export async function findAgreementInForce(db: Db, practiceId: string, clientId: string): Promise<AgreementRow | undefined> {
  const [row] = await db
    .select()
    .from(contactAgreements)
    .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.clientId, clientId), eq(contactAgreements.status, 'in_force')));
  return row;
}

export async function findProposal(db: Db, practiceId: string, clientId: string): Promise<AgreementRow | undefined> {
  const [row] = await db
    .select()
    .from(contactAgreements)
    .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.clientId, clientId), eq(contactAgreements.status, 'proposed')));
  return row;
}

export async function latestVersionNumber(db: Db, practiceId: string, clientId: string): Promise<number> {
  const [row] = await db
    .select({ version: contactAgreements.version })
    .from(contactAgreements)
    .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.clientId, clientId)))
    .orderBy(desc(contactAgreements.version))
    .limit(1);
  return row?.version ?? 0;
}

const liveAbsence = (practiceId: string) => and(eq(clinicianAbsences.practiceId, practiceId), isNull(clinicianAbsences.cancelledAt));

export async function findAbsenceAt(db: Db, practiceId: string, clinicianId: string, at: Date): Promise<AbsenceRow | undefined> {
  const [row] = await db
    .select()
    .from(clinicianAbsences)
    .where(and(liveAbsence(practiceId), eq(clinicianAbsences.clinicianId, clinicianId), lte(clinicianAbsences.startsAt, at), gt(clinicianAbsences.endsAt, at)))
    .orderBy(clinicianAbsences.startsAt)
    .limit(1);
  return row;
}

/** Absences of these clinicians that are on now or still ahead, soonest first. */
export async function findAbsencesFrom(db: Db, practiceId: string, clinicianIds: readonly string[], from: Date): Promise<AbsenceRow[]> {
  if (clinicianIds.length === 0) return [];
  return db
    .select()
    .from(clinicianAbsences)
    .where(and(liveAbsence(practiceId), inArray(clinicianAbsences.clinicianId, [...clinicianIds]), gt(clinicianAbsences.endsAt, from)))
    .orderBy(clinicianAbsences.startsAt);
}

export async function findOverlappingAbsence(db: Db, practiceId: string, clinicianId: string, startsAt: Date, endsAt: Date): Promise<AbsenceRow | undefined> {
  const [row] = await db
    .select()
    .from(clinicianAbsences)
    .where(
      and(
        liveAbsence(practiceId),
        or(eq(clinicianAbsences.clinicianId, clinicianId), eq(clinicianAbsences.coverClinicianId, clinicianId)),
        lte(clinicianAbsences.startsAt, endsAt),
        gt(clinicianAbsences.endsAt, startsAt),
      ),
    )
    .limit(1);
  return row;
}

async function findPauseAt(db: Db, practiceId: string, clientId: string, at: Date) {
  const [row] = await db
    .select({ endsAt: contactPauses.endsAt })
    .from(contactPauses)
    .where(and(eq(contactPauses.practiceId, practiceId), eq(contactPauses.clientId, clientId), lte(contactPauses.startsAt, at), gt(contactPauses.endsAt, at)))
    .orderBy(desc(contactPauses.endsAt))
    .limit(1);
  return row;
}
