import { and, eq } from 'drizzle-orm';
import { erasureCount, removeRows, type EraseClientRecords } from '../../access/erasure-source';
import { mailOutbox } from './mail.tables';

/** Every mail to the client's address, sent or waiting: removed (a waiting one's delivery job finds it gone and does nothing). */
export const eraseMailTo: EraseClientRecords = async (tx, { practiceId, clientEmail }) => [
  erasureCount('mail', { removed: await removeRows(tx, mailOutbox, and(eq(mailOutbox.practiceId, practiceId), eq(mailOutbox.to, clientEmail))!) }),
];
