import { and, eq } from 'drizzle-orm';
import { erasureCount, removeRows, type EraseClientRecords } from '../../access/erasure-source';
import { invitations } from './invitations.tables';

/** The client's invitation held their name and address: removed (it was used or has lapsed; the account is what it made). */
export const eraseInvitations: EraseClientRecords = async (tx, { practiceId, clientEmail }) => [
  erasureCount('invitations', {
    removed: await removeRows(
      tx,
      invitations,
      and(eq(invitations.practiceId, practiceId), eq(invitations.kind, 'client'), eq(invitations.email, clientEmail))!,
    ),
  }),
];
