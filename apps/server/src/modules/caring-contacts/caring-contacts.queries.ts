import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { caringContacts } from './caring-contacts.tables';

export type CaringContactRow = typeof caringContacts.$inferSelect;

export async function listCaringContacts(db: Db, practiceId: string, clientId: string): Promise<CaringContactRow[]> {
  return db
    .select()
    .from(caringContacts)
    .where(and(eq(caringContacts.practiceId, practiceId), eq(caringContacts.clientId, clientId)))
    .orderBy(asc(caringContacts.dueAt));
}

/** One contact; `lock` holds its row until the transaction ends (the send job against an edit). */
export async function findCaringContact(db: Db, practiceId: string, id: string, options: { lock?: boolean } = {}): Promise<CaringContactRow | undefined> {
  const query = db
    .select()
    .from(caringContacts)
    .where(and(eq(caringContacts.practiceId, practiceId), eq(caringContacts.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertCaringContacts(db: Db, rows: (typeof caringContacts.$inferInsert)[]): Promise<CaringContactRow[]> {
  if (rows.length === 0) return [];
  return db.insert(caringContacts).values(rows).returning();
}

export async function updateCaringContact(
  db: Db,
  practiceId: string,
  id: string,
  values: Partial<Pick<CaringContactRow, 'body' | 'dueAt' | 'status' | 'sentAt' | 'messageId'>>,
) {
  const [row] = await db
    .update(caringContacts)
    .set(values)
    .where(and(eq(caringContacts.practiceId, practiceId), eq(caringContacts.id, id)))
    .returning();
  return row!;
}

/** Notes still to come are replaced when a new schedule is made; sent ones stay as history. */
export async function cancelPlanned(db: Db, practiceId: string, clientId: string): Promise<void> {
  await db
    .update(caringContacts)
    .set({ status: 'cancelled' })
    .where(and(eq(caringContacts.practiceId, practiceId), eq(caringContacts.clientId, clientId), eq(caringContacts.status, 'planned')));
}
