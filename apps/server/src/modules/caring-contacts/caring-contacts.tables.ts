import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

/**
 * Caring contacts written ahead of time (SPEC §2.6): each is one brief note from a named
 * clinician, due at a set time, sent once into the client's conversation by a durable job. The
 * schedule is not tied to risk in any way: nothing in a crisis moves or cancels it.
 */
export const caringContacts = pgTable(
  'caring_contacts',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    body: text('body').notNull(),
    dueAt: at('due_at').notNull(),
    status: text('status', { enum: ['planned', 'sent', 'cancelled', 'skipped'] })
      .notNull()
      .default('planned'),
    sentAt: at('sent_at'),
    messageId: uuid('message_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('caring_contacts_client_idx').on(t.practiceId, t.clientId, t.dueAt),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
    check('caring_contact_status_known', sql`${t.status} in ('planned', 'sent', 'cancelled', 'skipped')`),
    check('caring_contact_sent_has_message', sql`(${t.status} = 'sent') = (${t.messageId} is not null)`),
  ],
);
