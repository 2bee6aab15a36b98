import { clinicalRows, type EraseClientRecords } from '../../access/erasure-source';
import { contactAgreements, contactPauses } from './agreements.tables';

/** The contact agreement's versions and the 24-hour rule's pauses are the terms care was given on: kept within retention, removed past it. */
export const eraseAgreements: EraseClientRecords = async (tx, input) => [
  await clinicalRows('contactPauses', tx, input, contactPauses),
  await clinicalRows('agreements', tx, input, contactAgreements),
];
