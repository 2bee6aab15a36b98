import { removedRows, sumCounts, type EraseClientRecords } from '../../access/erasure-source';
import { okayPlanVersions, reassuranceNoteRequests, reassuranceNotes, stabilitySettings } from './okay-plan.tables';

/**
 * The okay plan, reassurance notes (and requests for them) and the stable-stretch settings are
 * the client's own supports between sessions, not the clinical record: removed at once.
 */
export const eraseOkayPlan: EraseClientRecords = async (tx, input) =>
  sumCounts([
    await removedRows('okayPlanVersions', tx, input, okayPlanVersions),
    await removedRows('reassuranceNotes', tx, input, reassuranceNoteRequests),
    await removedRows('reassuranceNotes', tx, input, reassuranceNotes),
    await removedRows('stabilitySettings', tx, input, stabilitySettings),
  ]);
