/** Daily check-ins: the module's public API. */
export { recordCheckin, listCheckins } from './check-ins.service';
export { getCheckinConfig, updateCheckinConfig, effectiveConfig, type EffectiveConfig } from './check-ins.config';
export { getTrends, trendsCsv, moodBaselineOf, baselineOfMoods } from './check-ins.trends';
export { checkinSignals, selfNeglectOf } from './check-ins.signals';
export { moodsBelowBaseline, BELOW_BASELINE_DAYS, type BelowBaseline } from './check-ins.baseline';
export { getReminderPreferences, setReminderPreferences, nextReminderAt, checkinReminderJob, CHECKIN_REMINDER_JOB } from './check-ins.reminders';
export { checkinsBetween, checkinDaysFor, type CheckinRow } from './check-ins.queries';
export { checkinRoutes } from './check-ins.routes';
export { seedCheckinsDemo } from './check-ins.demo';
export { checkinsTimeline } from './check-ins.timeline';
export { eraseCheckins, lastCheckinAt } from './check-ins.erasure';
