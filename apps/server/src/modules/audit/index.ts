/** The append-only audit trail: one entry per use case, written in the use case's transaction, and the typed rows the grouped send adds. */
export { addAuditRows, audit, auditRow, type AuditRow, auditRowType } from './audit.service';
