import type { ClientExport, ExportRiskFlag } from '@steadfast/contracts';
import { namesOf } from '../../access/people';
import type { ClientAccess } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { agreementVersionsOf } from '../agreements';
import { clientsWithNames, membershipsOf } from '../care-teams';
import { caringContactsSentTo } from '../caring-contacts';
import { listCheckins } from '../check-ins';
import { listMeasures } from '../measures';
import { wholeConversation } from '../messaging';
import { getOkayPlan, listReassuranceNotes } from '../okay-plan';
import { flagsOfClientWithAcknowledger } from '../risk';
import { normalisePlan, safetyPlanVersionsOf } from '../safety-plans';
import { allAppointmentsOf, getStepDownPlan, noMoodRuns, toAppointmentView } from '../scheduling';
import { exportWords } from './export.words';

/**
 * The client's whole record as the caller may see it, read through each module's index. The reads
 * that have a service (check-ins, measures, the okay plan, reassurance notes, the step-down plan)
 * go through it, so the export shows exactly what the app shows this caller (a client gets no risk
 * label or severity band, a clinician no client's notes to self) and each read is audited as usual.
 */
export async function gatherRecord(ctx: Ctx, access: ClientAccess): Promise<ClientExport> {
  const { practiceId } = ctx.actor;
  const { clientId } = access;
  const [client] = await clientsWithNames(ctx.db, practiceId, [clientId]);
  if (!client) throw notFound('client');
  // One read after another: several of the services open a transaction, and one request holds one connection.
  const members = await membershipsOf(ctx.db, practiceId, clientId);
  const messages = await wholeConversation(ctx.db, practiceId, clientId);
  const checkins = await listCheckins(ctx, clientId, {});
  const measures = await listMeasures(ctx, clientId, {});
  const safetyPlans = await safetyPlanVersionsOf(ctx.db, practiceId, clientId);
  const okayPlan = await getOkayPlan(ctx, clientId);
  const reassurance = await listReassuranceNotes(ctx, clientId);
  const agreements = await agreementVersionsOf(ctx.db, practiceId, clientId);
  const appointments = await allAppointmentsOf(ctx.db, practiceId, clientId);
  const stepDownPlan = await getStepDownPlan(ctx, noMoodRuns, clientId);
  const caring = await caringContactsSentTo(ctx.db, practiceId, clientId);
  const exporter = await namesOf(ctx.db, practiceId, [ctx.actor.userId]);
  // Risk flags are for clinicians only (SPEC §2.9): the rule decides, as it does everywhere else.
  const withFlags = allows(clientRules['flags.read'], access.relationships, access.scopes);
  return {
    kind: 'steadfast.client-record',
    schemaVersion: 1,
    exportedAt: ctx.clock.now().toISOString(),
    exportedBy: { id: ctx.actor.userId, name: exporter.get(ctx.actor.userId) ?? '', role: ctx.actor.role === 'client' ? 'client' : 'clinician' },
    client: { id: client.id, name: client.name, status: client.status, timeZone: client.timeZone, since: client.createdAt.toISOString() },
    careTeam: members.map(({ member, name }) => ({
      clinicianId: member.clinicianId,
      name,
      role: member.role,
      isPrimary: member.isPrimary,
      startsAt: member.startsAt.toISOString(),
      endsAt: member.endsAt?.toISOString() ?? null,
    })),
    messages: messages.map((m) => ({
      id: m.id,
      author: { id: m.authorId, name: m.authorName, kind: m.authorKind },
      intent: m.intent,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    checkins: checkins.checkins,
    measures: measures.measures,
    safetyPlanVersions: safetyPlans.map((v) => ({
      version: v.version,
      plan: normalisePlan(v.plan),
      author: { name: v.authorName, role: v.authorRole },
      createdAt: v.createdAt.toISOString(),
    })),
    okayPlan: okayPlan.version > 0 ? { version: okayPlan.version, plan: okayPlan.plan, updatedAt: okayPlan.updatedAt } : null,
    reassuranceNotes: reassurance.notes,
    agreementVersions: agreements,
    appointments: appointments.map(toAppointmentView),
    stepDownPlan,
    caringContactsReceived: caring.map((c) => ({ id: c.id, body: c.body, sentAt: (c.sentAt ?? c.dueAt).toISOString(), messageId: c.messageId })),
    ...(withFlags ? { riskFlags: await riskFlagsOf(ctx, clientId) } : {}),
    notIncluded: exportWords.notIncluded(ctx.actor.role === 'client'),
  };
}

async function riskFlagsOf(ctx: Ctx, clientId: string): Promise<ExportRiskFlag[]> {
  const flags = await flagsOfClientWithAcknowledger(ctx.db, ctx.actor.practiceId, clientId);
  return flags.map((f) => ({
    id: f.id,
    level: f.level,
    constructs: [...new Set(f.reasons.map((r) => r.construct))],
    source: { type: f.sourceType, id: f.sourceId },
    raisedAt: f.createdAt.toISOString(),
    acknowledgement:
      f.acknowledgedAt && f.acknowledgedBy
        ? {
            at: f.acknowledgedAt.toISOString(),
            by: { id: f.acknowledgedBy, name: f.acknowledgedByName },
            note: f.acknowledgementNote ?? '',
            outcome: f.acknowledgementOutcome ?? null,
          }
        : null,
  }));
}
