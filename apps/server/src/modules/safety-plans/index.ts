/** The versioned safety plan. */
export { seedSafetyPlanDemo } from './safety-plans.demo';
export { safetyPlanRoutes } from './safety-plans.routes';
export { safetyPlanTimeline } from './safety-plans.timeline';
export { safetyPlanVersionsOf, type SafetyPlanVersionRow } from './safety-plans.queries';
export { normalisePlan } from './safety-plans.sections';
export { getSafetyPlan } from './safety-plans.service';
export { eraseSafetyPlans } from './safety-plans.erasure';
