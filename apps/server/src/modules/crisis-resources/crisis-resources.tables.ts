import { date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, id, practiceId } from '../../db/columns';

/** The practice's crisis lines: configuration, seeded from country defaults, each with a last-verified date. */
export const crisisLines = pgTable(
  'crisis_lines',
  {
    practiceId: practiceId(),
    id: id(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    channel: text('channel', { enum: ['call', 'text', 'web', 'email', 'emergency'] }).notNull(),
    contact: text('contact').notNull(),
    href: text('href').notNull(),
    description: text('description').notNull(),
    hours: text('hours').notNull(),
    lastVerified: date('last_verified', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.id] })],
);
