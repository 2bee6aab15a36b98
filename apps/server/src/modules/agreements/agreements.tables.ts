import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agreementBases, type AgreementTerms } from '@steadfast/contracts';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

/**
 * Every version of a client's contact agreement with their primary clinician (SPEC §2.3). A
 * version is proposed, then signed by both; only then is it in force, and the one before is
 * superseded. At most one version is in force and one proposed at a time (partial unique indexes).
 */
export const contactAgreements = pgTable(
  'contact_agreements',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['proposed', 'in_force', 'superseded', 'withdrawn'] }).notNull(),
    /**
     * How it came into force: `signed` by both for this version, or `step_up`: it only takes out
     * off-weeks still to come when sessions step back up, in force at once on the client's
     * signature to the version it narrows (agreements.service.ts removeOffWeeks).
     */
    basis: text('basis', { enum: agreementBases }).notNull().default('signed'),
    terms: jsonb('terms').$type<AgreementTerms>().notNull(),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: createdAt(),
    clientSignedAt: at('client_signed_at'),
    clinicianSignedAt: at('clinician_signed_at'),
    inForceFrom: at('in_force_from'),
    endedAt: at('ended_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    uniqueIndex('contact_agreements_version_unique').on(t.practiceId, t.clientId, t.version),
    uniqueIndex('contact_agreements_one_in_force')
      .on(t.practiceId, t.clientId)
      .where(sql`${t.status} = 'in_force'`),
    uniqueIndex('contact_agreements_one_proposed')
      .on(t.practiceId, t.clientId)
      .where(sql`${t.status} = 'proposed'`),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
    foreignKey({ columns: [t.practiceId, t.proposedBy], foreignColumns: [users.practiceId, users.id] }),
    check(
      'contact_agreements_in_force_signed',
      sql`${t.status} not in ('in_force', 'superseded') or (${t.clientSignedAt} is not null and ${t.clinicianSignedAt} is not null and ${t.inForceFrom} is not null)`,
    ),
    check('contact_agreements_terms_object', sql`jsonb_typeof(${t.terms}) = 'object'`),
    check('contact_agreements_basis_known', sql`${t.basis} in ('signed', 'step_up')`),
  ],
);

/**
 * A clinician's absence (leave, illness) with the named clinician who covers (SPEC §2.3). The
 * clinician sets it alone and their clients are told at once; during it the cover reads the
 * conversations of the absent clinician's clients for that period only (access/relationships.ts).
 */
export const clinicianAbsences = pgTable(
  'clinician_absences',
  {
    practiceId: practiceId(),
    id: id(),
    clinicianId: uuid('clinician_id').notNull(),
    coverClinicianId: uuid('cover_clinician_id').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    cancelledAt: at('cancelled_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('clinician_absences_cover_idx').on(t.practiceId, t.coverClinicianId, t.endsAt),
    index('clinician_absences_clinician_idx').on(t.practiceId, t.clinicianId, t.endsAt),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
    foreignKey({ columns: [t.practiceId, t.coverClinicianId], foreignColumns: [users.practiceId, users.id] }),
    check('clinician_absences_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('clinician_absences_not_self', sql`${t.coverClinicianId} <> ${t.clinicianId}`),
  ],
);

/**
 * The 24-hour rule applied to one client (CLINICAL.md §3.1): from `startsAt` until `endsAt`
 * the primary clinician gives no coaching contact; messages still arrive, are still read by
 * on call, and the client gets an automatic reply that offers crisis and medical routes first.
 */
export const contactPauses = pgTable(
  'contact_pauses',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('contact_pauses_client_idx').on(t.practiceId, t.clientId, t.endsAt),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    check('contact_pauses_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
