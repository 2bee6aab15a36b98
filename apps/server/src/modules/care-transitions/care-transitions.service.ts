import type { CareTransitionsView, HandoverDraft } from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import { practiceClinicians } from '../../access/people';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { audit } from '../audit';
import { careTeamsOf, clientsWithNames } from '../care-teams';
import { listClientAppointments } from '../scheduling';
import { withNames } from './care-transitions.discharge';
import { viewOf } from './care-transitions.handover';
import { handoversOf, latestDischargeOf, reentryRequestsOf, transitionEventsByIds } from './care-transitions.queries';
import { compileSummary } from './care-transitions.summary';
import { toDischargeView } from './care-transitions.views';
import { transitionWords } from './care-transitions.words';

/** The client's handovers, discharge and re-entry requests, as the caller may see them (the route checked 'transitions.read'). */
export async function getTransitions(ctx: Ctx, clientId: string): Promise<CareTransitionsView> {
  const { practiceId } = ctx.actor;
  const [client] = await clientsWithNames(ctx.db, practiceId, [clientId]);
  if (!client) throw notFound('client');
  const [rows, discharge, requests, canManage] = await Promise.all([
    handoversOf(ctx.db, practiceId, clientId),
    latestDischargeOf(ctx.db, practiceId, clientId),
    reentryRequestsOf(ctx.db, practiceId, [clientId]),
    canOnClient(ctx, 'transitions.manage', clientId),
  ]);
  const handovers = await Promise.all(rows.map((row) => viewOf(ctx, row, client)));
  await audit(ctx, { action: 'transitions.read', clientId, subjectType: 'client', subjectId: clientId });
  const isSelf = ctx.actor.role === 'client';
  return {
    clientStatus: client.status,
    handovers,
    discharge: discharge ? toDischargeView(discharge.discharge, discharge.plannedByName, { now: ctx.clock.now(), canManage }) : null,
    reentryRequests: await withNames(ctx.db, practiceId, requests),
    can: { manage: canManage, requestReentry: isSelf && client.status === 'discharged' },
  };
}

/** What a handover starts from (the route checked 'transitions.manage'): the summary compiled now, the clinicians to choose, the sessions ahead. */
export async function getHandoverDraft(ctx: Ctx, clientId: string): Promise<HandoverDraft> {
  const { practiceId } = ctx.actor;
  const now = ctx.clock.now();
  const [client] = await clientsWithNames(ctx.db, practiceId, [clientId]);
  if (!client) throw notFound('client');
  const summary = await compileSummary(ctx, clientId, client.name);
  const [all, teams] = await Promise.all([practiceClinicians(ctx.db, practiceId), careTeamsOf(ctx.db, practiceId, [clientId], now)]);
  const onTeam = new Set((teams.get(clientId) ?? []).map((m) => m.clinicianId));
  const { appointments } = await listClientAppointments(ctx, clientId, {});
  return {
    summary,
    clinicians: all.filter((c) => !onTeam.has(c.id)),
    appointments: appointments.filter((a) => new Date(a.start) >= now && a.status !== 'cancelled').map((a) => ({ id: a.id, start: a.start })),
  };
}

/** The client's in-app words for each step (who and when), by the step each notice names; clinicians get the usual title. */
export async function transitionNoticeTitles(ctx: Ctx, subjectIds: readonly string[]): Promise<Map<string, string>> {
  if (ctx.actor.role !== 'client') return new Map();
  const rows = await transitionEventsByIds(ctx.db, ctx.actor.practiceId, subjectIds);
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, rows.length ? [rows[0]!.event.clientId] : []);
  const timeZone = client?.timeZone ?? 'UTC';
  const titles = new Map<string, string>();
  for (const { event, handover, fromName, toName, discharge } of rows) {
    const names = { from: fromName ?? '', to: toName ?? '' };
    const words =
      event.kind === 'handover_started' && handover
        ? transitionWords.handoverPlanned({
            ...names,
            overlapStartsAt: handover.overlapStartsAt,
            overlapEndsAt: handover.overlapEndsAt,
            now: event.at,
            timeZone,
          })
        : event.kind === 'handover_cancelled'
          ? transitionWords.handoverCancelled(names)
          : event.kind === 'handover_finished_early'
            ? transitionWords.handoverFinishedEarly(names)
            : event.kind === 'handover_introduced'
              ? transitionWords.introduced(names)
              : event.kind === 'discharge_planned' && discharge
                ? transitionWords.dischargePlanned({ dischargeAt: discharge.dischargeAt, timeZone })
                : event.kind === 'discharge_cancelled'
                  ? transitionWords.dischargeCancelled
                  : event.kind === 'discharged'
                    ? transitionWords.discharged
                    : event.kind === 'reentry_accepted'
                      ? transitionWords.welcomeBack
                      : undefined;
    if (words) titles.set(event.id, words);
  }
  return titles;
}
