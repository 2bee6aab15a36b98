/** Clients and their care teams: who is on a client's team, with role and scopes, and a new client's record. */
export { careTeamsOf, clientsWithNames, primaryClientsOf } from './care-teams.queries';
export { careTeamRoutes } from './care-teams.routes';
export { createClientRecord } from './care-teams.service';
