import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

/**
 * Private clinical notes (SPEC §2.1, §2.8), one row per version. A note is the chain of rows
 * sharing `note_id` (the first version's id); an amendment is a new row that names the version it
 * replaced. Rows are never updated or deleted: a trigger (clinical_notes migration) refuses both,
 * so the record shows every correction with who made it and when (CLINICAL.md §5.1, integrity).
 * (practice_id, note_id, version) is unique, so two amendments of one version cannot both land.
 */
export const clinicalNotes = pgTable(
  'clinical_notes',
  {
    practiceId: practiceId(),
    id: id(),
    noteId: uuid('note_id').notNull(),
    clientId: uuid('client_id').notNull(),
    version: integer('version').notNull(),
    replacesId: uuid('replaces_id'),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('clinical_notes_one_version').on(t.practiceId, t.noteId, t.version),
    unique('clinical_notes_replaced_once').on(t.practiceId, t.replacesId),
    index('clinical_notes_client_idx').on(t.practiceId, t.clientId, t.version, t.createdAt),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.authorId], foreignColumns: [users.practiceId, users.id] }),
    foreignKey({ columns: [t.practiceId, t.noteId], foreignColumns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.replacesId], foreignColumns: [t.practiceId, t.id] }),
    check('clinical_note_body_length', sql`char_length(${t.body}) between 1 and 20000`),
    check(
      'clinical_note_chain',
      sql`(${t.version} = 1 and ${t.replacesId} is null and ${t.noteId} = ${t.id}) or (${t.version} > 1 and ${t.replacesId} is not null and ${t.noteId} <> ${t.id})`,
    ),
  ],
);
