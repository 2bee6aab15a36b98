/** The caseload (SPEC §2.8): a composition over every domain module's signal source. */
export { caseloadRoutes } from './caseload.routes';
export { getCaseload, signalSources } from './caseload.service';
