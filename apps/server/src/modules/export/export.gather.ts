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
import { peerWritingOf } from '../peer-space';
import { flagsOfClientWithAcknowledger } from '../risk';
import { normalisePlan, safetyPlanVersionsOf } from '../safety-plans';
import { allAppointmentsOf, getStepDownPlan, noMoodRuns, toAppointmentView } from '../scheduling';
import { exportWords } from './export.words';

type CareRecord = Omit<ClientExport, 'kind' | 'schemaVersion' | 'exportedAt' | 'exportedBy' | 'client' | 'riskFlags' | 'peerSpace' | 'notIncluded'>;

/** The client's whole record as the caller may see it, with who exported it and when. */
export async function gatherRecord(ctx: Ctx, access: ClientAccess): Promise<ClientExport> {
  const { practiceId } = ctx.actor;
  const [client] = await clientsWithNames(ctx.db, practiceId, [access.clientId]);
  if (!client) throw notFound('client');
  const exporter = await namesOf(ctx.db, practiceId, [ctx.actor.userId]);
  const record = await careRecord(ctx, access.clientId);
  // Risk flags are for clinicians only (SPEC §2.9): the rule decides, as it does everywhere else.
  const withFlags = allows(clientRules['flags.read'], access.relationships, access.scopes);
  return {
    kind: 'steadfast.client-record',
    schemaVersion: 1,
    exportedAt: ctx.clock.now().toISOString(),
    exportedBy: { id: ctx.actor.userId, name: exporter.get(ctx.actor.userId) ?? '', role: ctx.actor.role === 'client' ? 'client' : 'clinician' },
    client: { id: client.id, name: client.name, status: client.status, timeZone: client.timeZone, since: client.createdAt.toISOString() },
    ...record,
    ...(withFlags ? { riskFlags: await riskFlagsOf(ctx, access.clientId) } : {}),
    // The peer space is the client's own, under a pseudonym: it goes with them, never into a clinician's export.
    ...(ctx.actor.role === 'client' ? { peerSpace: await peerWritingOf(ctx.db, practiceId, access.clientId) } : {}),
    notIncluded: exportWords.notIncluded(ctx.actor.role === 'client'),
  };
}

/**
 * Every module's records, read through its index. The reads that have a service (check-ins,
 * measures, the okay plan, reassurance notes, the step-down plan) go through it, so the export
 * shows exactly what the app shows this caller (a client gets no risk label or severity band, a
 * clinician no client's notes to self), and each read is audited as it is in the app. One read
 * after another: several services open a transaction, and a request holds one connection.
 */
async function careRecord(ctx: Ctx, clientId: string): Promise<CareRecord> {
  const { practiceId } = ctx.actor;
  const careTeam = (await membershipsOf(ctx.db, practiceId, clientId)).map(({ member, name }) => ({
    clinicianId: member.clinicianId,
    name,
    role: member.role,
    isPrimary: member.isPrimary,
    startsAt: member.startsAt.toISOString(),
    endsAt: member.endsAt?.toISOString() ?? null,
  }));
  const messages = (await wholeConversation(ctx.db, practiceId, clientId)).map((m) => ({
    id: m.id,
    author: { id: m.authorId, name: m.authorName, kind: m.authorKind },
    intent: m.intent,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  }));
  const checkins = (await listCheckins(ctx, clientId, {})).checkins;
  const measures = (await listMeasures(ctx, clientId, {})).measures;
  const safetyPlanVersions = (await safetyPlanVersionsOf(ctx.db, practiceId, clientId)).map((v) => ({
    version: v.version,
    plan: normalisePlan(v.plan),
    author: { name: v.authorName, role: v.authorRole },
    createdAt: v.createdAt.toISOString(),
  }));
  const okay = await getOkayPlan(ctx, clientId);
  const okayPlan = okay.version > 0 ? { version: okay.version, plan: okay.plan, updatedAt: okay.updatedAt } : null;
  const reassuranceNotes = (await listReassuranceNotes(ctx, clientId)).notes;
  const agreementVersions = await agreementVersionsOf(ctx.db, practiceId, clientId);
  const appointments = (await allAppointmentsOf(ctx.db, practiceId, clientId)).map(toAppointmentView);
  const stepDownPlan = await getStepDownPlan(ctx, noMoodRuns, clientId);
  const caringContactsReceived = (await caringContactsSentTo(ctx.db, practiceId, clientId)).map((c) => ({
    id: c.id,
    body: c.body,
    sentAt: (c.sentAt ?? c.dueAt).toISOString(),
    messageId: c.messageId,
  }));
  return {
    careTeam,
    messages,
    checkins,
    measures,
    safetyPlanVersions,
    okayPlan,
    reassuranceNotes,
    agreementVersions,
    appointments,
    stepDownPlan,
    caringContactsReceived,
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
