/** Single-use, expiring invitation links for clinicians and clients. */
export { invitationRoutes } from './invitations.routes';
export { eraseInvitations } from './invitations.erasure';
