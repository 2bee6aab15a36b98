/** Care transitions (SPEC §2.10): handovers with an overlap and a transfer summary, planned discharges, re-entry requests. */
export { careTransitionRoutes } from './care-transitions.routes';
export { transitionNoticeTitles } from './care-transitions.service';
export { dischargeJob, DISCHARGE_JOB } from './care-transitions.discharge';
export { careTransitionsTimeline } from './care-transitions.timeline';
export { eraseCareTransitions } from './care-transitions.erasure';
