/** Measures (PHQ-9, GAD-7): the module's public API. */
export { recordMeasure, listMeasures, measurePointsFor, getMeasuresDue, setMeasureSchedule } from './measures.service';
export { scheduleOf, currentRound } from './measures.schedule';
export { scoreMeasure, phq9Item9, type Scored } from './measures.scoring';
export { measureRoundJob, MEASURE_ROUND_JOB } from './measures.reminders';
export { measureAppointmentCheckJob, measureAppointmentNoticeJob } from './measures.appointments';
export { measureRoutes } from './measures.routes';
export { measureTotalsFor } from './measures.queries';
export { seedMeasuresDemo } from './measures.demo';
export { measuresTimeline } from './measures.timeline';
export { eraseMeasures, lastMeasureAt } from './measures.erasure';
