import { sql } from 'drizzle-orm';
import { check, foreignKey, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ErasureCount } from '@steadfast/contracts';
import { at, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';

/**
 * A client's request that their record be erased (issue 18), and once the admin has carried it
 * out, what it did: the retention rule applied and the counts. Ids, dates and numbers only.
 * At most one open request per client.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: at('requested_at').notNull(),
    /** `withdrawn`: the client changed their mind before it was carried out; such a request is as if never made. */
    status: text('status', { enum: ['requested', 'erased', 'withdrawn'] })
      .notNull()
      .default('requested'),
    erasedAt: at('erased_at'),
    erasedBy: uuid('erased_by'),
    withdrawnAt: at('withdrawn_at'),
    retentionYears: integer('retention_years'),
    lastContactAt: at('last_contact_at'),
    /** The clinical record is kept until then (flag-and-retain, CLINICAL.md §5.2); null when nothing was kept. */
    keptUntil: at('kept_until'),
    counts: jsonb('counts').$type<ErasureCount[]>().notNull().default([]),
    /** When the kept record was removed, its retention over (the `erasure.retention_ended` job); null while it is kept. */
    retentionEndedAt: at('retention_ended_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    uniqueIndex('erasure_requests_one_open')
      .on(t.practiceId, t.clientId)
      .where(sql`${t.status} = 'requested'`),
    check('erasure_requests_erased_complete', sql`(${t.status} = 'erased') = (${t.erasedAt} is not null)`),
    check('erasure_requests_withdrawn_complete', sql`(${t.status} = 'withdrawn') = (${t.withdrawnAt} is not null)`),
  ],
);
