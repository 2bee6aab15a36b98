/** The okay-plan module's public face (SPEC §2.6): the okay plan and reassurance notes. */
export { getOkayPlan, saveOkayPlan } from './okay-plan.service';
export { listReassuranceNotes, writeReassuranceNote, writeNoteToSelf, pinReassuranceNote, requestReassuranceNote } from './reassurance-notes.service';
export { okayPlanRoutes } from './okay-plan.routes';
export { seedOkayPlanDemo } from './okay-plan.demo';
export { stabilitySignals, getStability, setStabilitySettings } from './stability.service';
export { clinicianNotesBetween } from './okay-plan.queries';
export { okayPlanTimeline } from './okay-plan.timeline';
export { eraseOkayPlan } from './okay-plan.erasure';
