/** Erasure of a client's record under the practice's retention rule (issue 18): a composition of every module's erasure function. */
export { erasureRoutes } from './erasure.routes';
export { retentionEndedJob, RETENTION_ENDED_JOB } from './erasure.retention';
