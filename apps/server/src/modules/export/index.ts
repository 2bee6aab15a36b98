/** The client's record export (issue 18): a composition of every module's records, as JSON or a FHIR R4 Bundle. */
export { exportClientRecord } from './export.service';
export { exportRoutes } from './export.routes';
