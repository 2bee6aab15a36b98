import { clinicalRows, type EraseClientRecords } from '../../access/erasure-source';
import { safetyPlanVersions } from './safety-plans.tables';

/** Every safety plan version is part of the clinical record: kept within retention, removed past it (docs/ERASURE.md). */
export const eraseSafetyPlans: EraseClientRecords = async (tx, input) => [await clinicalRows('safetyPlanVersions', tx, input, safetyPlanVersions)];
