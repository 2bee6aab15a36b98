/**
 * The contact agreement (SPEC §2.3): a versioned agreement both sides sign, clinician absences
 * with a named cover, and the 24-hour rule. Other modules ask it for the rules in force.
 */
export { contactRulesAt, contactRulesFor, contactRulesGrouped, localDate, type ContactRules, type CoverNow } from './agreements.queries';
export { appointmentRequestsAllowed, requestsAllowedBy, replyTermsOf, extraReadersOf } from './agreements.apply';
export {
  addOffWeeks,
  getAgreement,
  proposeAgreement,
  removeOffWeeks,
  signAgreement,
  startTwentyFourHourRule,
  type AddOffWeeksInput,
  type RemoveOffWeeksInput,
} from './agreements.service';
export type { OffWeekPeriod } from './agreements.terms';
export { agreementWords } from './agreements.words';
export { agreementVersionsOf } from './agreements.views';
export { seedAgreementsDemo } from './agreements.demo';
export { agreementRoutes } from './agreements.routes';
export { agreementsTimeline } from './agreements.timeline';
export { eraseAgreements } from './agreements.erasure';
