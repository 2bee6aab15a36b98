import type { AppointmentRequestsAllowed } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { notFound } from '../../http/errors';
import type { AgreedReplyTerms } from '../reply-windows';
import { contactRulesAt, type ContactRules } from './agreements.queries';
import { agreementWords } from './agreements.words';

/**
 * Whether the client may ask for an appointment at `at`, and when not, the words they agreed and
 * the routes that stay open (SPEC §2.3): never a bare refusal. The routes are offered either way.
 */
export async function appointmentRequestsAllowed(
  db: Db,
  practiceId: string,
  clientId: string,
  at: Date,
): Promise<AppointmentRequestsAllowed & { minNoticeHours: number }> {
  const rules = await contactRulesAt(db, practiceId, clientId, at);
  if (!rules) throw notFound('client');
  return requestsAllowedBy(rules);
}

export function requestsAllowedBy(rules: ContactRules): AppointmentRequestsAllowed & { minNoticeHours: number } {
  const terms = rules.appointmentRequests;
  const routes = routesOf(rules);
  const clinician = rules.primaryClinicianName ?? 'your clinician';
  const base = { routes, minNoticeHours: terms.minNoticeHours };
  if (rules.offWeek && !terms.inOffWeeks) return { ...base, allowed: false, words: terms.words || agreementWords.offWeekRequests(clinician) };
  if (!terms.allowed) return { ...base, allowed: false, words: terms.words || agreementWords.requestsOff(clinician) };
  return { ...base, allowed: true };
}

function routesOf(rules: ContactRules): AppointmentRequestsAllowed['routes'] {
  // In an off-week, the clinician named for it is the emergency route; otherwise the agreed (or rota's) on call.
  const onCallId = rules.offWeek?.coverClinicianId ?? rules.emergency.onCallClinicianId;
  const onCallName = rules.offWeek?.coverName ?? rules.emergency.onCallName;
  const messagesOpen = !rules.agreement || (rules.agreement.terms.channels.includes('messages') && (rules.offWeek?.messagesAllowed ?? true));
  return [
    ...(messagesOpen ? [{ kind: 'message' as const, label: agreementWords.routeMessage }] : []),
    {
      kind: 'on_call' as const,
      label: agreementWords.routeOnCall(onCallName),
      ...(onCallId ? { clinicianId: onCallId } : {}),
      ...(onCallName ? { name: onCallName } : {}),
    },
    { kind: 'crisis_lines' as const, label: agreementWords.routeCrisisLines },
  ];
}

/**
 * What the agreement changes about a reply (handed to reply-windows' expectationsFrom): its own
 * windows and hours, the cover who answers during an absence or off-week, and while the 24-hour
 * rule applies, the on-call clinician with the automatic reply's words instead of a reply time.
 */
export function replyTermsOf(rules: ContactRules): AgreedReplyTerms {
  const paused = rules.twentyFourHourRule.activeUntil !== null;
  const onCall =
    rules.emergency.onCallClinicianId && rules.emergency.onCallName
      ? { clinicianId: rules.emergency.onCallClinicianId, name: rules.emergency.onCallName }
      : null;
  return {
    windows: rules.replyWindows,
    hours: rules.workingHours,
    replier: paused ? onCall : rules.cover ? { clinicianId: rules.cover.clinicianId, name: rules.cover.name } : null,
    words: paused ? agreementWords.twentyFourHourReply(rules.primaryClinicianName ?? 'your therapist', rules.emergency.onCallName) : undefined,
    showCrisisRoutes: paused,
    agreedWith: rules.agreement ? rules.primaryClinicianName : null,
  };
}

/** Who else must hear of a client's message now: the cover during an absence, on call while the 24-hour rule applies. */
export function extraReadersOf(rules: ContactRules): string[] {
  const readers = [rules.cover?.clinicianId, rules.twentyFourHourRule.activeUntil ? rules.emergency.onCallClinicianId : undefined];
  return [...new Set(readers.filter((id): id is string => !!id))];
}
