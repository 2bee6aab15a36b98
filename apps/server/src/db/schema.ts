/** Every table, for drizzle-kit and for typed queries. Modules own their tables; this only gathers them. */
export * from '../modules/practices/practices.tables';
export * from '../modules/identity/identity.tables';
export * from '../modules/care-teams/care-teams.tables';
export * from '../modules/invitations/invitations.tables';
export * from '../modules/crisis-resources/crisis-resources.tables';
export * from '../modules/audit/audit.tables';
export * from '../modules/mail/mail.tables';
export * from '../modules/risk/risk.tables';
export * from '../modules/safety-plans/safety-plans.tables';
export * from '../modules/messaging/messaging.tables';
export * from '../modules/realtime/realtime.tables';
export * from '../modules/notifications/notifications.tables';
export * from '../jobs/jobs.tables';
export * from '../modules/check-ins/check-ins.tables';
export * from '../modules/measures/measures.tables';
