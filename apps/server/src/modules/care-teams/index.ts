/** Clients and their care teams: who is on a client's team, with role and scopes, its changes, and a new client's record. */
export { careTeamNoticeTitles } from './care-teams.manage';
export { careTeamsOf, clientsWithNames, membershipsOf, primaryClientsOf } from './care-teams.queries';
export { careTeamRoutes } from './care-teams.routes';
export { createClientRecord } from './care-teams.service';
export { careTeamTimeline } from './care-teams.timeline';
export {
  cancelHandoverMemberships,
  currentPrimaryOf,
  finishHandoverMemberships,
  planHandoverMemberships,
  setClientStatus,
  type HandoverPeriods,
} from './care-teams.handover';
export { dateIn, dayStartIn } from './care-teams.dates';
export { dayInWords } from './care-teams.words';
export { eraseCareTeam } from './care-teams.erasure';
