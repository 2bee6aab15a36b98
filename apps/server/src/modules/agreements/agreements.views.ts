import type { AbsenceView, AgreementResponse, AgreementVersionView } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import type { ReplyContext } from '../reply-windows';
import {
  allAgreementVersions,
  contactRulesFor,
  findAbsencesFrom,
  findAgreementInForce,
  findProposal,
  type AbsenceRow,
  type AgreementRow,
} from './agreements.queries';
import { namedClinicians } from './agreements.terms';
import { namesOf } from '../../access/people';

/** The agreement as both sides read it: in force, proposed beside it, the absences ahead and who covers now. */
export async function agreementResponse(db: Db, practiceId: string, context: ReplyContext, now: Date): Promise<AgreementResponse> {
  const rules = await contactRulesFor(db, practiceId, context, now);
  const proposal = await findProposal(db, practiceId, context.clientId);
  const primary = rules.primaryClinicianId;
  const absences = primary ? await findAbsencesFrom(db, practiceId, [primary], now) : [];
  const rows = [rules.agreement ? await findAgreementInForce(db, practiceId, context.clientId) : undefined, proposal].filter((r): r is AgreementRow => !!r);
  const ids = [...rows.flatMap((r) => [r.proposedBy, ...namedClinicians(r.terms)]), ...absences.flatMap((a) => [a.clinicianId, a.coverClinicianId])];
  const names = await namesOf(db, practiceId, ids);
  const current = rows.find((r) => r.status === 'in_force');
  return {
    current: current ? versionView(current, names) : null,
    proposed: proposal ? versionView(proposal, names) : null,
    absences: absences.map((a) => absenceView(a, names)),
    coverNow: rules.cover
      ? { clinicianId: rules.cover.clinicianId, name: rules.cover.name, until: rules.cover.until.toISOString(), reason: rules.cover.reason }
      : null,
    twentyFourHourRuleUntil: rules.twentyFourHourRule.activeUntil?.toISOString() ?? null,
  };
}

export function versionView(row: AgreementRow, names: Map<string, string>): AgreementVersionView {
  const named = Object.fromEntries(namedClinicians(row.terms).map((id) => [id, names.get(id) ?? '']));
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    basis: row.basis,
    terms: row.terms,
    proposedBy: { id: row.proposedBy, name: names.get(row.proposedBy) ?? '' },
    proposedAt: row.proposedAt.toISOString(),
    clientSignedAt: row.clientSignedAt?.toISOString() ?? null,
    clinicianSignedAt: row.clinicianSignedAt?.toISOString() ?? null,
    inForceFrom: row.inForceFrom?.toISOString() ?? null,
    names: named,
  };
}

export function absenceView(a: AbsenceRow, names: Map<string, string>): AbsenceView {
  return {
    id: a.id,
    clinicianId: a.clinicianId,
    clinicianName: names.get(a.clinicianId) ?? '',
    coverClinicianId: a.coverClinicianId,
    coverName: names.get(a.coverClinicianId) ?? '',
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    note: a.note,
  };
}

/** Every version of the client's agreement, oldest first, as both sides read it (the record export). */
export async function agreementVersionsOf(db: Db, practiceId: string, clientId: string): Promise<AgreementVersionView[]> {
  const rows = await allAgreementVersions(db, practiceId, clientId);
  const names = await namesOf(
    db,
    practiceId,
    rows.flatMap((r) => [r.proposedBy, ...namedClinicians(r.terms)]),
  );
  return rows.map((r) => versionView(r, names));
}
