import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ErasureCount, ErasureRecordKind } from '@steadfast/contracts';
import type { Db } from '../db/database';

/**
 * What one client's erasure asks of every module that holds their records (issue 18, docs/ERASURE.md).
 * `keepClinical` is the retention rule's answer: true while the practice must still keep the
 * clinical record (within `retention_years` of the last contact), false once that time has passed
 * and everything goes. Called inside the erasure's one transaction, children before parents.
 */
export interface ErasureInput {
  practiceId: string;
  clientId: string;
  /** The client's own account (sessions, notices, devices belong to it). */
  clientUserId: string;
  /** The account's address before erasure: mail and invitations sent to it are found by it. */
  clientEmail: string;
  keepClinical: boolean;
  at: Date;
}

/** One module's erasure: what it removed, pseudonymised and kept, per record kind. Running it twice changes nothing more. */
export type EraseClientRecords = (tx: Db, input: ErasureInput) => Promise<ErasureCount[]>;

/** A count of one kind, with zeros where nothing was done. */
export function erasureCount(kind: ErasureRecordKind, c: { removed?: number; pseudonymised?: number; kept?: number }): ErasureCount {
  return { kind, removed: c.removed ?? 0, pseudonymised: c.pseudonymised ?? 0, kept: c.kept ?? 0 };
}

/** A clinical record kind: kept whole while the retention rule says so, removed after. */
export async function keptOrRemoved(
  kind: ErasureRecordKind,
  input: ErasureInput,
  count: () => Promise<number>,
  remove: () => Promise<number>,
): Promise<ErasureCount> {
  return input.keepClinical ? erasureCount(kind, { kept: await count() }) : erasureCount(kind, { removed: await remove() });
}

type ClientTable = PgTable & { practiceId: AnyPgColumn; clientId: AnyPgColumn };

/** The rows of a table that belong to the erased client. */
export function ofClient(table: ClientTable, input: Pick<ErasureInput, 'practiceId' | 'clientId'>): SQL {
  return and(eq(table.practiceId, input.practiceId), eq(table.clientId, input.clientId))!;
}

/** Deletes the rows and says how many went. */
export async function removeRows(tx: Db, table: PgTable, where: SQL): Promise<number> {
  const gone = await tx
    .delete(table)
    .where(where)
    .returning({ one: sql<number>`1` });
  return gone.length;
}

/** How many rows there are. */
export async function countRows(tx: Db, table: PgTable, where: SQL): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

/** A clinical table of the client: kept whole within retention, removed past it. */
export function clinicalRows(kind: ErasureRecordKind, tx: Db, input: ErasureInput, table: ClientTable): Promise<ErasureCount> {
  const where = ofClient(table, input);
  return keptOrRemoved(
    kind,
    input,
    () => countRows(tx, table, where),
    () => removeRows(tx, table, where),
  );
}

/** A table of the client's that is not the clinical record: removed at any time. */
export async function removedRows(kind: ErasureRecordKind, tx: Db, input: ErasureInput, table: ClientTable): Promise<ErasureCount> {
  return erasureCount(kind, { removed: await removeRows(tx, table, ofClient(table, input)) });
}

/** Adds up counts of the same kind (a kind held in more than one table). */
export function sumCounts(counts: ErasureCount[]): ErasureCount[] {
  const byKind = new Map<ErasureRecordKind, ErasureCount>();
  for (const c of counts) {
    const seen = byKind.get(c.kind);
    byKind.set(
      c.kind,
      seen ? { kind: c.kind, removed: seen.removed + c.removed, pseudonymised: seen.pseudonymised + c.pseudonymised, kept: seen.kept + c.kept } : c,
    );
  }
  return [...byKind.values()];
}
