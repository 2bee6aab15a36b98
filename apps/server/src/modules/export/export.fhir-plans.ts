import { randomUUID } from 'node:crypto';
import type { ClientExport, StepDownPlanView } from '@steadfast/contracts';
import { urn, type FhirReference, type FhirResource } from './export.fhir-types';
import { exportWords } from './export.words';

/**
 * The safety plan (every version, each replacing the one before), the okay plan and the step-down
 * plan as CarePlans. A superseded safety-plan version is `revoked`: FHIR's word for a plan that
 * stopped before completion, the nearest to "replaced by a newer version", which `replaces` says.
 */
export function carePlans(record: ClientExport, patient: FhirReference): FhirResource[] {
  const out: FhirResource[] = [];
  let previous: string | undefined;
  const latest = record.safetyPlanVersions.at(-1)?.version;
  for (const v of record.safetyPlanVersions) {
    const id = randomUUID();
    out.push({
      resourceType: 'CarePlan',
      id,
      status: v.version === latest ? 'active' : 'revoked',
      intent: 'plan',
      category: [{ text: 'Safety plan' }],
      title: `Safety plan, version ${v.version}`,
      description: `Written by ${v.author.name} (${v.author.role === 'client' ? 'the client' : 'a clinician'}).`,
      subject: patient,
      created: v.createdAt,
      ...(previous ? { replaces: [{ reference: urn(previous) }] } : {}),
      note: planNotes(v.plan, exportWords.safetyPlanSections),
    });
    previous = id;
  }
  if (record.okayPlan) {
    out.push({
      resourceType: 'CarePlan',
      id: randomUUID(),
      status: 'active',
      intent: 'plan',
      category: [{ text: 'Okay plan' }],
      title: `Okay plan, version ${record.okayPlan.version}`,
      subject: patient,
      ...(record.okayPlan.updatedAt ? { created: record.okayPlan.updatedAt } : {}),
      note: planNotes(record.okayPlan.plan, exportWords.okayPlanSections),
    });
  }
  const step = record.stepDownPlan;
  if (step) {
    const first = step.timeline[0]?.from;
    const last = step.timeline.at(-1)?.to;
    out.push({
      resourceType: 'CarePlan',
      id: step.id,
      status: step.status === 'active' ? 'active' : 'revoked',
      intent: 'plan',
      category: [{ text: 'Step-down plan' }],
      title: 'Step-down plan',
      description: [step.reason, step.promise].filter(Boolean).join(' '),
      subject: patient,
      ...(first && last ? { period: { start: first, end: last } } : {}),
      note: step.timeline.map((t) => ({ text: stepWords(t) })),
    });
  }
  return out;
}

function stepWords(t: StepDownPlanView['timeline'][number]): string {
  if (t.kind === 'off') return `${t.from} to ${t.to}: an off-week, no session`;
  if (t.kind === 'review') return `${t.from}: a review together`;
  return `${t.from} to ${t.to}: ${t.sessions} session${t.sessions === 1 ? '' : 's'}${t.intervalWeeks ? `, every ${t.intervalWeeks} week${t.intervalWeeks === 1 ? '' : 's'}` : ''}`;
}

/** One note per section that has anything in it (markdown: the heading the client reads in the app, then a list). */
function planNotes<K extends string>(plan: Record<K, unknown>, headings: Record<K, string>): { text: string }[] {
  return (Object.keys(headings) as K[])
    .map((section) => ({ section, lines: linesOf(plan[section]) }))
    .filter(({ lines }) => lines.length > 0)
    .map(({ section, lines }) => ({ text: [`${headings[section]}:`, ...lines.map((line) => `- ${line}`)].join('\n') }));
}

/** A plan section's words as lines: a list item each, a contact's details joined on one line. */
function linesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(linesOf);
  if (value && typeof value === 'object') {
    const parts = Object.values(value);
    if (parts.some((p) => p !== null && typeof p === 'object')) return parts.flatMap(linesOf);
    const line = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(', ');
    return line ? [line] : [];
  }
  return [];
}
