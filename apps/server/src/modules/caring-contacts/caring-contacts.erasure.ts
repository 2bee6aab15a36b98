import { removedRows, type EraseClientRecords } from '../../access/erasure-source';
import { caringContacts } from './caring-contacts.tables';

/** Caring contacts, planned and sent: a sent one lives on as a message (which messaging erases); the schedule and its words go at once. */
export const eraseCaringContacts: EraseClientRecords = async (tx, input) => [await removedRows('caringContacts', tx, input, caringContacts)];
