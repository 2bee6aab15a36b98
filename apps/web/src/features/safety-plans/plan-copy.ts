import type { SafetyPlanView } from '@steadfast/contracts';
import { is } from '../../app/local-copy';

const strings = is.arrayOf(is.string);
const phone = (v: unknown) => v === undefined || is.string(v);
type Entry = Record<string, unknown> & { name: string };
const person = (v: unknown): v is Entry => is.record(v) && is.string(v.name) && phone(v.phone);
const helper = (v: unknown): v is Entry => person(v) && is.optionalString(v.relationship);
const professional = (v: unknown): v is Entry =>
  person(v) && is.optionalString(v.note) && (v.link === undefined || (is.string(v.link) && v.link.startsWith('https://')));
const member = (v: unknown): v is { name: string } => is.record(v) && is.string(v.name) && is.string(v.role) && typeof v.isPrimary === 'boolean';

function isPlan(v: unknown): boolean {
  return (
    is.record(v) &&
    strings(v.warningSigns) &&
    strings(v.copingAlone) &&
    is.record(v.distractions) &&
    is.arrayOf(person)(v.distractions.people) &&
    strings(v.distractions.places) &&
    is.arrayOf(helper)(v.helpers) &&
    is.arrayOf(professional)(v.professionals) &&
    strings(v.saferSurroundings) &&
    is.string(v.mattersMost) &&
    strings(v.reasonsForLiving)
  );
}

/** A stored copy of the client's plan that the crisis screen can render safely. */
export const isPlanCopy = (v: unknown): v is SafetyPlanView =>
  is.record(v) &&
  is.string(v.clientId) &&
  isPlan(v.plan) &&
  is.record(v.careRoute) &&
  is.arrayOf(member)(v.careRoute.careTeam) &&
  is.record(v.careRoute.onCall) &&
  is.string(v.careRoute.onCall.label);
