import { and, asc, eq, gte, inArray, lt, max } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
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

/** When each client was last sent a caring note, in one grouped query (the stability signal shows it). */
export async function lastCaringSentFor(db: Db, practiceId: string, clientIds: readonly string[]): Promise<Map<string, Date>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .select({ clientId: caringContacts.clientId, at: max(caringContacts.sentAt) })
    .from(caringContacts)
    .where(and(eq(caringContacts.practiceId, practiceId), anyId(caringContacts.clientId, clientIds), eq(caringContacts.status, 'sent')))
    .groupBy(caringContacts.clientId);
  return new Map(rows.flatMap((r) => (r.at ? [[r.clientId, r.at] as const] : [])));
}

/** Caring notes sent in [from, to), for some clients or the whole practice: contacts that answer no distress. */
export async function caringSentBetween(
  db: Db,
  practiceId: string,
  filter: { clientIds?: readonly string[]; from: Date; to: Date },
): Promise<{ clientId: string; messageId: string; sentAt: Date }[]> {
  if (filter.clientIds?.length === 0) return [];
  const rows = await db
    .select({ clientId: caringContacts.clientId, messageId: caringContacts.messageId, sentAt: caringContacts.sentAt })
    .from(caringContacts)
    .where(
      and(
        eq(caringContacts.practiceId, practiceId),
        filter.clientIds ? anyId(caringContacts.clientId, filter.clientIds) : undefined,
        eq(caringContacts.status, 'sent'),
        gte(caringContacts.sentAt, filter.from),
        lt(caringContacts.sentAt, filter.to),
      ),
    );
  return rows.map((r) => ({ clientId: r.clientId, messageId: r.messageId!, sentAt: r.sentAt! }));
}

/** The caring contacts a client has received, oldest first (the record export). */
export async function caringContactsSentTo(db: Db, practiceId: string, clientId: string): Promise<CaringContactRow[]> {
  return db
    .select()
    .from(caringContacts)
    .where(and(eq(caringContacts.practiceId, practiceId), eq(caringContacts.clientId, clientId), eq(caringContacts.status, 'sent')))
    .orderBy(asc(caringContacts.sentAt));
}

/**
 * A handover moves the planned notes due from `dueFrom` on from one clinician to another: the
 * old clinician has left the team by then, and a note is only ever sent in the name of someone
 * on it (the job skips the others). Returns the ids moved, so a cancelled handover can move back
 * exactly those.
 */
export async function reattributeCaringContacts(
  db: Db,
  input: { practiceId: string; clientId: string; fromClinicianId: string; toClinicianId: string; dueFrom?: Date; ids?: readonly string[] },
): Promise<string[]> {
  const c = caringContacts;
  const rows = await db
    .update(c)
    .set({ clinicianId: input.toClinicianId })
    .where(
      and(
        eq(c.practiceId, input.practiceId),
        eq(c.clientId, input.clientId),
        eq(c.clinicianId, input.fromClinicianId),
        eq(c.status, 'planned'),
        input.dueFrom ? gte(c.dueAt, input.dueFrom) : undefined,
        input.ids ? inArray(c.id, [...input.ids]) : undefined,
      ),
    )
    .returning({ id: c.id });
  return rows.map((r) => r.id);
}
