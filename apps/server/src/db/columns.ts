import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Column helpers shared by every table, so time and ids are stored one way. */
export const id = () => uuid('id').notNull().$defaultFn(() => crypto.randomUUID());
export const practiceId = () => uuid('practice_id').notNull();
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const createdAt = () => at('created_at').notNull().defaultNow();
