/** Scheduling's public API: appointments, requests, calendar feeds, step-down plans and their caseload signals. */
export { schedulingRoutes } from './scheduling.routes';
export { listClientAppointments, scheduleAppointment, changeAppointment } from './scheduling.service';
export { getRequestOptions, requestAppointment, decideRequest, answerOffer, listRequests } from './scheduling.requests';
export { getMyCalendarFeed, rotateMyCalendarFeed, renderCalendarFeed } from './scheduling.feed';
export { agreeToStepDownPlan, createStepDownPlan, getStepDownPlan, stepBackUp } from './step-down.service';
export { noMoodRuns, schedulingSignals, type MoodRun, type MoodRunReader } from './scheduling.signals';
export { allAppointmentsOf, bookedAppointmentsOf } from './scheduling.queries';
export { toAppointmentView } from './scheduling.views';
export { planStepDown, type StepDownSchedule } from './step-down.plan';
export { expandSeries, instantOf, wallOf, toRRule } from './scheduling.time';
export { seedSchedulingDemo } from './scheduling.demo';
export { schedulingTimeline } from './scheduling.timeline';
export { eraseScheduling, lastAppointmentAt } from './scheduling.erasure';
