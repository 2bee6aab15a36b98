import { clinicalRows, removedRows, sumCounts, type EraseClientRecords } from '../../access/erasure-source';
import { discharges, handovers, reentryRequests, transitionEvents } from './care-transitions.tables';

/**
 * Handovers (with the transfer summary) and discharges are the clinical record of who cared and
 * how care ended: kept within retention, removed past it, their steps first (the steps name them;
 * counted with discharges). A re-entry request holds the client's own words: removed at once.
 */
export const eraseCareTransitions: EraseClientRecords = async (tx, input) =>
  sumCounts([
    await removedRows('reentryRequests', tx, input, reentryRequests),
    await clinicalRows('discharges', tx, input, transitionEvents),
    await clinicalRows('handovers', tx, input, handovers),
    await clinicalRows('discharges', tx, input, discharges),
  ]);
