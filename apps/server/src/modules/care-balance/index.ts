/** The care-contact balance (SPEC §2.6): a composition over messaging, caring contacts, reassurance notes and risk flags. */
export { getClientCareBalance, getPracticeCareBalance } from './care-balance.service';
export { careBalanceRoutes } from './care-balance.routes';
