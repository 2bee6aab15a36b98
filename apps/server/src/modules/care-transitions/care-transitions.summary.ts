import {
  INSTRUMENTS,
  severityOf,
  type AgreementResponse,
  type Instrument,
  type OkayPlanView,
  type SafetyPlanView,
  type StepDownPlanView,
} from '@steadfast/contracts';
import type { Ctx } from '../../http/context';
import { getAgreement } from '../agreements';
import { measureTotalsFor } from '../measures';
import { getOkayPlan } from '../okay-plan';
import { recentFlagsOf } from '../risk';
import { getSafetyPlan } from '../safety-plans';
import { getStepDownPlan, noMoodRuns } from '../scheduling';
import { summaryHeadings as h } from './care-transitions.words';

const DAY = 86_400_000;

/**
 * The transfer summary, compiled from what the care team already keeps (SPEC §2.10): the safety
 * plan, the okay plan, the contact agreement, the step-down plan if any, the latest PHQ-9 and GAD-7
 * with their bands and the risk flags of the last 90 days. Plain text, so the clinician handing
 * over edits it freely before it is shared; each read is audited by the module it belongs to.
 */
export async function compileSummary(ctx: Ctx, clientId: string, clientName: string): Promise<string> {
  const now = ctx.clock.now();
  // One after another: these may share the caller's connection.
  const safety = await getSafetyPlan(ctx, clientId);
  const okay = await getOkayPlan(ctx, clientId);
  const agreement = await getAgreement(ctx, clientId);
  const stepDown = await getStepDownPlan(ctx, noMoodRuns, clientId);
  const totals = await measureTotalsFor(ctx.db, ctx.actor.practiceId, [clientId], new Date(now.getTime() - 365 * DAY).toISOString().slice(0, 10));
  const flags = await recentFlagsOf(ctx.db, ctx.actor.practiceId, clientId, new Date(now.getTime() - 90 * DAY));
  return [
    h.title(clientName),
    section(h.safetyPlan, safetyLines(safety)),
    section(h.okayPlan, okayLines(okay)),
    section(h.agreement, agreementLines(agreement)),
    ...(stepDown ? [section(h.stepDown, stepDownLines(stepDown))] : []),
    section(h.measures, measureLines(totals), h.noMeasures),
    section(
      h.flags,
      flags.map(
        (f) => `- ${f.createdAt.toISOString().slice(0, 10)}: ${f.level} (${f.sourceType}), ${f.acknowledgedAt ? 'acknowledged' : 'not yet acknowledged'}`,
      ),
      h.noFlags,
    ),
  ].join('\n\n');
}

function section(title: string, lines: string[], empty: string = h.nothing): string {
  return `${title}\n${lines.length ? lines.join('\n') : empty}`;
}

const list = (label: string, items: readonly string[]) => (items.length ? [`- ${label}: ${items.join('; ')}`] : []);

function safetyLines(v: SafetyPlanView): string[] {
  if (v.version === 0) return [];
  const p = v.plan;
  return [
    `Version ${v.version}${v.lastReviewedAt ? `, last reviewed ${v.lastReviewedAt.slice(0, 10)}` : ''}`,
    ...list('Warning signs', p.warningSigns),
    ...list('Coping alone', p.copingAlone),
    ...list('People and places', [...p.distractions.people.map((d) => d.name), ...p.distractions.places]),
    ...list(
      'People to ask for help',
      p.helpers.map((x) => `${x.name} ${x.phone}`),
    ),
    ...list(
      'Professionals',
      p.professionals.map((x) => x.name),
    ),
    ...list('Making surroundings safer', p.saferSurroundings),
    ...(p.mattersMost ? [`- What matters most: ${p.mattersMost}`] : []),
    ...list('Reasons for living', p.reasonsForLiving),
  ];
}

function okayLines(v: OkayPlanView): string[] {
  if (v.version === 0) return [];
  const p = v.plan;
  return [
    ...list('Being okay feels like', p.feelsLike),
    ...list('Signs it is getting hard', p.harderSigns),
    ...list('What helps', p.whatHelps),
    ...list('From the care team', p.fromCareTeam),
    ...list('To remember', p.remember),
  ];
}

function agreementLines(a: AgreementResponse): string[] {
  const v = a.current;
  if (!v) return [];
  const t = v.terms;
  const windows = t.replyWindows
    ? Object.entries(t.replyWindows)
        .filter(([, w]) => w)
        .map(
          ([intent, w]) =>
            `${intent.replace('_', ' ')} within ${'workingDays' in w! ? `${w.workingDays} working day${w.workingDays === 1 ? '' : 's'}` : `${w!.workingHours} working hour${w!.workingHours === 1 ? '' : 's'}`}`,
        )
    : [];
  return [
    `Version ${v.version}, ${v.clientSignedAt ? 'signed' : 'not yet signed'} by the client`,
    `- Sessions: ${t.sessions.replace('_', ' ')}; contact by ${t.channels.join(', ').replace('_', ' ')}`,
    ...list('Reply windows', windows),
    ...(t.workingHours ? [`- Working hours: ${t.workingHours.opensAt}–${t.workingHours.closesAt}`] : []),
    ...(t.emergency.words ? [`- In an emergency: ${t.emergency.words}`] : []),
  ];
}

function stepDownLines(p: StepDownPlanView): string[] {
  return [
    `${p.status === 'active' ? 'Active' : 'Stepped back up'}: ${p.reason}`,
    ...p.timeline.map((i) => `- ${i.from} to ${i.to}: ${i.kind === 'sessions' ? `${i.sessions} sessions` : i.kind}`),
    ...list('Reviews', p.reviewDates),
  ];
}

function measureLines(rows: { instrument: Instrument; date: string; total: number }[]): string[] {
  return (['phq9', 'gad7'] as const).flatMap((instrument) => {
    const mine = rows.filter((r) => r.instrument === instrument);
    const latest = mine.at(-1);
    if (!latest) return [];
    const before = mine.at(-2);
    const trend = before ? ` (before: ${before.total} on ${before.date})` : '';
    return [`- ${INSTRUMENTS[instrument].name}: ${latest.total}, ${severityOf(instrument, latest.total).label}, on ${latest.date}${trend}`];
  });
}
