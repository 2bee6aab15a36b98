/** Risk screening, flags, triage and the escalation ladder; the caseload's flag signal. */
export { escalationWindowRoutes } from './escalation-windows.routes';
export { escalationStepJob } from './escalation.service';
export { riskSignals } from './flags.signals';
export { seedRiskDemo } from './risk.demo';
export { clientOfFlag, flagsOfClientWithAcknowledger, flagsRaisedBetween, recentFlagsOf } from './risk.queries';
export { riskRoutes } from './risk.routes';
export type { SourceTextReader, SourceTextReaders } from './flags.sources';
export { flagToRaise, type FlagWrite, screenAndFlag, type Screened, screenOnly, type ScreenOutcome, screenStructured } from './risk.service';
export { addFlagRows, flagValuesType, type FlagValues } from './risk.write';
export { riskTimeline } from './flags.timeline';
export { eraseRisk } from './risk.erasure';
