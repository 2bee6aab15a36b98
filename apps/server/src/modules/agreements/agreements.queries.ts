import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { AgreementTerms, OffWeek } from '@steadfast/contracts';
import { reusableQuery, type Db } from '../../db/database';
import { groupedPerDatabase } from '../../db/group-commit';
import { onCallClinicianBeside } from '../on-call';
import { findReplyContext, type ReplyContext } from '../reply-windows';
import { clinicianAbsences, contactAgreements, contactPauses } from './agreements.tables';
import { namesBeside } from '../../access/people';

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
  /** Who the rota has on call at that instant, whatever the agreement names: whom a crisis flag's first step tells. */
  rotaOnCallName: string | null;
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
  const [rules] = await contactRulesForMany(db, [{ practiceId, context, at }]);
  return rules!;
}

export interface RulesRequest {
  practiceId: string;
  context: ReplyContext;
  at: Date;
}

/**
 * A send's agreement read shared with the sends in flight beside it (db/group-commit.ts): every
 * client send reads the rules, so fifty concurrent senders share one statement instead of each
 * paying a round trip (and a commit) per table. Each answer is as fresh as a read of its own.
 */
export const contactRulesGrouped = groupedPerDatabase((db, requests: RulesRequest[]) => contactRulesForMany(db, requests));

/**
 * Several clients' rules: the agreement in force, the primary clinician's absence, the 24-hour
 * rule, who is on call and the names of everyone they mention, in ONE statement: every send
 * reads it, so the rota and its clinician's name are no round trips of their own, and a crisis
 * send needs no read beside it.
 */
export async function contactRulesForMany(db: Db, requests: readonly RulesRequest[]): Promise<ContactRules[]> {
  if (requests.length === 0) return [];
  const rows = await rulesQuery(db, {
    practiceIds: requests.map((r) => r.practiceId),
    clientIds: requests.map((r) => r.context.clientId),
    primaryIds: requests.map((r) => r.context.careTeam.find((m) => m.isPrimary)?.clinicianId ?? null),
    ats: requests.map((r) => r.at.toISOString()),
  });
  const byOrder = new Map(rows.map((row) => [Number(row.ord), row]));
  return requests.map((request, i) => {
    const { names, ...found } = readRulesRow(byOrder.get(i + 1));
    const offWeek = found.agreement ? offWeekAt(found.agreement.terms.offWeeks, localDate(request.at, request.context.clientTimeZone)) : undefined;
    return rulesOf(request.context, { ...found, offWeek }, names);
  });
}

interface RulesFound {
  agreement: { id: string; version: number; terms: AgreementTerms } | null;
  absence: Pick<AbsenceRow, 'id' | 'clinicianId' | 'coverClinicianId' | 'startsAt' | 'endsAt'> | null;
  pauseEndsAt: Date | null;
  offWeek: OffWeek | undefined;
  onCallClinicianId: string | null;
  rotaOnCallId: string | null;
}

function rulesOf(context: ReplyContext, found: RulesFound, names: Map<string, string>): ContactRules {
  const primary = context.careTeam.find((m) => m.isPrimary);
  const { agreement, absence, offWeek, onCallClinicianId, rotaOnCallId } = found;
  const terms = agreement?.terms;
  const absenceView = absence ? { ...absence, coverName: names.get(absence.coverClinicianId) ?? '' } : null;
  const offWeekView = offWeek ? { ...offWeek, coverName: offWeek.coverClinicianId ? (names.get(offWeek.coverClinicianId) ?? null) : null } : null;
  return {
    clientId: context.clientId,
    clientTimeZone: context.clientTimeZone,
    primaryClinicianId: primary?.clinicianId ?? null,
    primaryClinicianName: primary?.name ?? null,
    agreement,
    replyWindows: terms?.replyWindows ?? null,
    workingHours: terms?.workingHours ?? null,
    offWeek: offWeekView,
    absence: absenceView,
    cover: coverOf(absenceView),
    appointmentRequests: terms?.appointmentRequests ?? noAgreementRequests,
    emergency: { onCallClinicianId, onCallName: onCallClinicianId ? (names.get(onCallClinicianId) ?? null) : null, words: terms?.emergency.words ?? '' },
    rotaOnCallName: rotaOnCallId ? (names.get(rotaOnCallId) ?? null) : null,
    twentyFourHourRule: { agreed: terms?.twentyFourHourRule ?? false, activeUntil: found.pauseEndsAt },
    commitments: terms?.clientCommitments ?? '',
  };
}

type RulesRow = Record<string, unknown>;

function readRulesRow(row: RulesRow | undefined): Omit<RulesFound, 'offWeek'> & { names: Map<string, string> } {
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date));
  if (!row) return { agreement: null, absence: null, pauseEndsAt: null, onCallClinicianId: null, rotaOnCallId: null, names: new Map() };
  return {
    names: new Map(Object.entries(parse<Record<string, string> | null>(row.names) ?? {})),
    onCallClinicianId: row.on_call_clinician_id ? String(row.on_call_clinician_id) : null,
    rotaOnCallId: row.rota_on_call_id ? String(row.rota_on_call_id) : null,
    agreement: row.agreement_id ? { id: String(row.agreement_id), version: Number(row.agreement_version), terms: parse<AgreementTerms>(row.terms) } : null,
    absence: row.absence_id
      ? {
          id: String(row.absence_id),
          clinicianId: String(row.absence_clinician_id),
          coverClinicianId: String(row.cover_clinician_id),
          startsAt: date(row.absence_starts_at)!,
          endsAt: date(row.absence_ends_at)!,
        }
      : null,
    pauseEndsAt: date(row.pause_ends_at),
  };
}

/**
 * For each (practice, client, primary clinician, instant): the version in force, the primary's
 * absence at that instant (the earliest, as a lone read would pick), the latest-ending pause, who
 * the rota has on call at that instant, who takes emergencies (the agreed on call, else the
 * rota's) and the names of the clinicians these name.
 * Built once (reusableQuery); lists go in as arrays so the text never changes.
 */
const rulesQuery = reusableQuery<RulesRow, { practiceIds: string[]; clientIds: string[]; primaryIds: (string | null)[]; ats: string[] }>(() => {
  const a = contactAgreements;
  const ab = clinicianAbsences;
  const p = contactPauses;
  // Everyone the rules may name: the absence's cover, who is on call, each off-week's cover.
  const named = sql`array[abs.cover_clinician_id, oc.clinician_id, rota.clinician_id]
    || coalesce((select array_agg((w->>'coverClinicianId')::uuid) from jsonb_array_elements(${a.terms}->'offWeeks') w), '{}'::uuid[])`;
  return sql`select v.ord, ${a.id} as agreement_id, ${a.version} as agreement_version, ${a.terms} as terms,
        abs.id as absence_id, abs.clinician_id as absence_clinician_id, abs.cover_clinician_id, abs.starts_at as absence_starts_at, abs.ends_at as absence_ends_at,
        (select max(${p.endsAt}) from ${p}
          where ${p.practiceId} = v.practice_id and ${p.clientId} = v.client_id and ${p.startsAt} <= v.at and ${p.endsAt} > v.at) as pause_ends_at,
        oc.clinician_id as on_call_clinician_id, rota.clinician_id as rota_on_call_id, ${namesBeside(sql`v.practice_id`, named)} as names
      from unnest(${sql.placeholder('practiceIds')}::uuid[], ${sql.placeholder('clientIds')}::uuid[], ${sql.placeholder('primaryIds')}::uuid[], ${sql.placeholder('ats')}::timestamptz[])
        with ordinality as v(practice_id, client_id, primary_id, at, ord)
      left join ${a} on ${a.practiceId} = v.practice_id and ${a.clientId} = v.client_id and ${a.status} = 'in_force'
      left join lateral (
        select ${ab.id} as id, ${ab.clinicianId} as clinician_id, ${ab.coverClinicianId} as cover_clinician_id, ${ab.startsAt} as starts_at, ${ab.endsAt} as ends_at
        from ${ab}
        where ${ab.practiceId} = v.practice_id and ${ab.clinicianId} = v.primary_id and ${ab.cancelledAt} is null
          and ${ab.startsAt} <= v.at and ${ab.endsAt} > v.at
        order by ${ab.startsAt} limit 1
      ) abs on true
      left join lateral (select ${onCallClinicianBeside(sql`v.practice_id`, sql`v.at`)} as clinician_id) rota on true
      left join lateral (select coalesce((${a.terms}->'emergency'->>'onCallClinicianId')::uuid, rota.clinician_id) as clinician_id) oc on true`;
});

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

/** Every version of a client's agreement, oldest first. */
export async function allAgreementVersions(db: Db, practiceId: string, clientId: string): Promise<AgreementRow[]> {
  return db
    .select()
    .from(contactAgreements)
    .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.clientId, clientId)))
    .orderBy(asc(contactAgreements.version));
}
