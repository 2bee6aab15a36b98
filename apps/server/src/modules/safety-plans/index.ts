/** The versioned safety plan. */
export { seedSafetyPlanDemo } from './safety-plans.demo';
export { safetyPlanRoutes } from './safety-plans.routes';
export { safetyPlanTimeline } from './safety-plans.timeline';
export { getSafetyPlan } from './safety-plans.service';
