import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { users } from '../identity/identity.tables';

/** The practice's on-call rota (SPEC §2.9); foundation reads it for access, escalation builds on it. */
export const onCallShifts = pgTable(
  'on_call_shifts',
  {
    practiceId: practiceId(),
    id: id(),
    clinicianId: uuid('clinician_id').notNull(),
    backupClinicianId: uuid('backup_clinician_id'),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    handoverNote: text('handover_note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('on_call_active_idx').on(t.practiceId, t.startsAt, t.endsAt),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
    foreignKey({ columns: [t.practiceId, t.backupClinicianId], foreignColumns: [users.practiceId, users.id] }),
    check('on_call_shift_positive', sql`${t.endsAt} > ${t.startsAt}`),
    check('on_call_backup_is_someone_else', sql`${t.backupClinicianId} is null or ${t.backupClinicianId} <> ${t.clinicianId}`),
    check('on_call_handover_note_length', sql`char_length(${t.handoverNote}) <= 2000`),
  ],
);
