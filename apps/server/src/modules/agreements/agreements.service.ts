import { and, eq } from 'drizzle-orm';
import type { AgreementResponse, AgreementTerms, NotificationKind, OffWeek } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { withDb, type Ctx } from '../../http/context';
import { conflict, forbidden, invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { notifyPerson } from '../notifications';
import { publishEvent } from '../realtime';
import { findReplyContext, type ReplyContext } from '../reply-windows';
import { contactRulesFor, findAgreementInForce, findProposal, latestVersionNumber, localDate, type AgreementRow } from './agreements.queries';
import { defaultTerms, mergeOffWeeks, namedClinicians, offWeeksFrom, type OffWeekPeriod } from './agreements.terms';
import { contactAgreements, contactPauses } from './agreements.tables';
import { appointmentRequestsAllowed } from './agreements.apply';
import { agreementResponse } from './agreements.views';
import { agreementErrors } from './agreements.words';
import { practiceClinicians } from '../../access/people';

type Party = 'client' | 'clinician';

/** The agreement in force, a proposed change beside it, and who covers (the route checked 'agreement.read'). */
export async function getAgreement(ctx: Ctx, clientId: string): Promise<AgreementResponse> {
  const context = await contextOf(ctx.db, ctx, clientId);
  await audit(ctx, { action: 'agreement.read', clientId, subjectType: 'contact_agreement', subjectId: clientId });
  return agreementResponse(ctx.db, ctx.actor.practiceId, context, ctx.clock.now());
}

/** Whether the client may ask for an appointment now, and if not the agreed words and routes (the route checked 'agreement.read'). */
export async function readAppointmentRequestRule(ctx: Ctx, clientId: string) {
  await audit(ctx, { action: 'agreement.appointmentRequests.read', clientId, subjectType: 'contact_agreement', subjectId: clientId });
  return appointmentRequestsAllowed(ctx.db, ctx.actor.practiceId, clientId, ctx.clock.now());
}

/**
 * Proposes a new version (the route checked 'agreement.propose'): signed at once by whoever
 * proposes it, in force only when the other has signed too. A newer proposal replaces an unsigned one.
 */
export async function proposeAgreement(ctx: Ctx, clientId: string, terms: AgreementTerms): Promise<AgreementResponse> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const context = await contextOf(tx, ctx, clientId);
    await proposeInTransaction(txCtx, context, terms, partyOf(ctx, context));
    return agreementResponse(tx, ctx.actor.practiceId, context, ctx.clock.now());
  });
}

/** Signs the proposed version; when both have signed it comes into force and the one before is superseded. */
export async function signAgreement(ctx: Ctx, clientId: string, version: number): Promise<AgreementResponse> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const context = await contextOf(tx, ctx, clientId);
    const party = partyOf(ctx, context);
    const proposal = await findProposal(tx, ctx.actor.practiceId, clientId);
    if (!proposal) throw conflict(agreementErrors.noProposal);
    if (proposal.version !== version) throw conflict(agreementErrors.staleVersion, { version: proposal.version });
    await signInTransaction(txCtx, context, proposal, party);
    return agreementResponse(tx, ctx.actor.practiceId, context, ctx.clock.now());
  });
}

export interface AddOffWeeksInput {
  clientId: string;
  periods: readonly OffWeekPeriod[];
  reason: string;
  /** What asked for them, for the audit row (e.g. `step_down_plan:<id>`). */
  source: string;
  /**
   * Only when the client themselves accepted the plan that carries these off-weeks (in the app):
   * then that acceptance is their signature and the version comes into force at once.
   */
  clientAgreedAt?: Date;
}

/**
 * Adds off-weeks to a client's agreement as a proposed change (a step-down plan calls this in its
 * own transaction). Every change to contact is agreed by both (SPEC §2.3, CLINICAL.md §3.7), so a
 * clinician's plan is a proposal signed by the clinician who made it, shown to the client beside the
 * agreement in force, and in force once the client signs; unless the client already accepted the plan.
 */
export async function addOffWeeks(
  tx: Db,
  ctx: Ctx,
  input: AddOffWeeksInput,
): Promise<{ agreementId: string; version: number; status: 'proposed' | 'in_force' }> {
  const txCtx = withDb(ctx, tx);
  const context = await contextOf(tx, ctx, input.clientId);
  const base = (await findProposal(tx, ctx.actor.practiceId, input.clientId)) ?? (await findAgreementInForce(tx, ctx.actor.practiceId, input.clientId));
  const terms = base?.terms ?? defaultTerms();
  const added = offWeeksFrom(input.periods, context.clientTimeZone, { coverClinicianId: terms.emergency.onCallClinicianId, reason: input.reason });
  const next = { ...terms, offWeeks: mergeOffWeeks(terms.offWeeks, added) };
  const primary = context.careTeam.find((m) => m.isPrimary)?.clinicianId;
  const party: Party | undefined = ctx.actor.role === 'client' ? 'client' : ctx.actor.userId === primary ? 'clinician' : undefined;
  const row = await proposeInTransaction(txCtx, context, next, party, input.source);
  if (!input.clientAgreedAt) return { agreementId: row.id, version: row.version, status: 'proposed' };
  const signed = await signInTransaction(txCtx, context, row, 'client', input.clientAgreedAt);
  return { agreementId: signed.id, version: signed.version, status: signed.status === 'in_force' ? 'in_force' : 'proposed' };
}

export interface RemoveOffWeeksInput {
  clientId: string;
  /** The periods to take out (as they were added: calendar dates, inclusive). */
  periods: readonly { start: string; end: string }[];
  /** What asked for it, for the audit row (e.g. `step_down_plan:<id>`). */
  source: string;
  /** How the client is told (a removal is never silent): the caller's own words for why. */
  notice: NotificationKind;
}

export interface RemovedOffWeeks {
  /** The version that no longer holds them (or the proposal withdrawn, when that was all it changed). */
  agreementId: string;
  version: number;
  status: 'in_force' | 'proposed' | 'withdrawn';
}

/**
 * Takes off-weeks still to come out of a client's agreement (stepping back up, SPEC §2.4). It
 * only ever gives the client more contact, and the plan that added them agreed in advance that
 * sessions can step back up: so the new version is in force at once on the client's signature to
 * the terms it narrows (`basis: 'step_up'`, shown to both), like an absence, and told at once. An
 * unsigned proposal carrying them is replaced by one without them (or withdrawn, if that was all
 * it changed). Null when the agreement holds none of them from today on (and nobody is told).
 */
export async function removeOffWeeks(tx: Db, ctx: Ctx, input: RemoveOffWeeksInput): Promise<RemovedOffWeeks | null> {
  const txCtx = withDb(ctx, tx);
  const practiceId = ctx.actor.practiceId;
  const context = await contextOf(tx, ctx, input.clientId);
  // The client's calendar date: off-weeks already over stay as they were; one under way ends yesterday.
  const today = localDate(ctx.clock.now(), context.clientTimeZone);
  const [current, proposal] = await Promise.all([findAgreementInForce(tx, practiceId, input.clientId), findProposal(tx, practiceId, input.clientId)]);
  const narrowed = current ? withoutOffWeeks(current.terms.offWeeks, input.periods, today) : null;
  const proposalNarrowed = proposal ? withoutOffWeeks(proposal.terms.offWeeks, input.periods, today) : null;
  if (!narrowed && !proposalNarrowed) return null;
  let result: RemovedOffWeeks | null = null;
  if (current && narrowed) {
    const row = await stepUpVersion(txCtx, context, current, { ...current.terms, offWeeks: narrowed }, input.source);
    result = { agreementId: row.id, version: row.version, status: 'in_force' };
  }
  if (proposal && proposalNarrowed) {
    // The proposal waits for a signature it does not have yet: it must not bring the off-weeks back.
    const terms = { ...proposal.terms, offWeeks: proposalNarrowed };
    const inForce = result ? { ...current!.terms, offWeeks: narrowed! } : current?.terms;
    const party: Party | undefined = proposal.clinicianSignedAt ? 'clinician' : proposal.clientSignedAt ? 'client' : undefined;
    if (inForce && sameTerms(terms, inForce)) {
      await withdrawProposal(txCtx, proposal, input.source);
      result ??= { agreementId: proposal.id, version: proposal.version, status: 'withdrawn' };
    } else {
      const row = await proposeInTransaction(txCtx, context, terms, party, input.source, false);
      result ??= { agreementId: row.id, version: row.version, status: 'proposed' };
    }
  }
  await notifyPerson(txCtx, { userId: context.clientUserId, kind: input.notice, clientId: input.clientId, subjectId: result!.agreementId });
  const primary = context.careTeam.find((m) => m.isPrimary)?.clinicianId;
  if (primary && primary !== ctx.actor.userId)
    await notifyPerson(txCtx, { userId: primary, kind: input.notice, clientId: input.clientId, subjectId: result!.agreementId });
  return result;
}

/** The off-weeks with these periods taken out from `today` on; null when none of them is there still to come. */
export function withoutOffWeeks(offWeeks: readonly OffWeek[], periods: readonly { start: string; end: string }[], today: string): OffWeek[] | null {
  const taken = new Set(periods.map((p) => `${p.start}|${p.end}`));
  let changed = false;
  const kept = offWeeks.flatMap((w): OffWeek[] => {
    if (!taken.has(`${w.start}|${w.end}`) || w.end < today) return [w];
    changed = true;
    // Under way: the days already lived stay as they were agreed; from today there is no off-week.
    return w.start < today ? [{ ...w, end: addDays(today, -1) }] : [];
  });
  return changed ? kept : null;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function sameTerms(a: AgreementTerms, b: AgreementTerms): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A version in force at once that narrows the one before on the client's signature to it (see removeOffWeeks). */
async function stepUpVersion(ctx: Ctx, context: ReplyContext, current: AgreementRow, terms: AgreementTerms, source: string): Promise<AgreementRow> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  await ctx.db
    .update(contactAgreements)
    .set({ status: 'superseded', endedAt: now })
    .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.id, current.id), eq(contactAgreements.status, 'in_force')));
  const version = (await latestVersionNumber(ctx.db, practiceId, context.clientId)) + 1;
  const [row] = await ctx.db
    .insert(contactAgreements)
    .values({
      practiceId,
      clientId: context.clientId,
      clinicianId: current.clinicianId,
      version,
      status: 'in_force',
      basis: 'step_up',
      terms,
      proposedBy: ctx.actor.userId,
      proposedAt: now,
      clientSignedAt: current.clientSignedAt,
      clinicianSignedAt: now,
      inForceFrom: now,
    })
    .returning();
  await audit(ctx, { action: 'agreement.offWeeksRemoved', clientId: context.clientId, subjectType: 'contact_agreement', subjectId: row!.id, reason: source });
  await publishEvent(ctx.db, { practiceId, type: 'agreement.updated', clientId: context.clientId, subjectId: row!.id, at: now });
  return row!;
}

async function withdrawProposal(ctx: Ctx, proposal: AgreementRow, source: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db
    .update(contactAgreements)
    .set({ status: 'withdrawn', endedAt: now })
    .where(and(eq(contactAgreements.practiceId, ctx.actor.practiceId), eq(contactAgreements.id, proposal.id)));
  await audit(ctx, { action: 'agreement.withdraw', clientId: proposal.clientId, subjectType: 'contact_agreement', subjectId: proposal.id, reason: source });
  await publishEvent(ctx.db, { practiceId: ctx.actor.practiceId, type: 'agreement.updated', clientId: proposal.clientId, subjectId: proposal.id, at: now });
}

async function proposeInTransaction(
  ctx: Ctx,
  context: ReplyContext,
  terms: AgreementTerms,
  party: Party | undefined,
  reason?: string,
  /** False when the caller tells the other side itself, in its own words. */
  tell = true,
): Promise<AgreementRow> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  await checkNamedClinicians(ctx.db, practiceId, terms);
  const primary = context.careTeam.find((m) => m.isPrimary);
  if (!primary) throw conflict(agreementErrors.notPrimary);
  await ctx.db
    .update(contactAgreements)
    .set({ status: 'withdrawn', endedAt: now })
    .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.clientId, context.clientId), eq(contactAgreements.status, 'proposed')));
  const version = (await latestVersionNumber(ctx.db, practiceId, context.clientId)) + 1;
  const [row] = await ctx.db
    .insert(contactAgreements)
    .values({
      practiceId,
      clientId: context.clientId,
      clinicianId: primary.clinicianId,
      version,
      status: 'proposed',
      terms,
      proposedBy: ctx.actor.userId || primary.clinicianId,
      proposedAt: now,
      clientSignedAt: party === 'client' ? now : null,
      clinicianSignedAt: party === 'clinician' ? now : null,
    })
    .returning();
  await audit(ctx, { action: 'agreement.propose', clientId: context.clientId, subjectType: 'contact_agreement', subjectId: row!.id, reason });
  await publishEvent(ctx.db, { practiceId, type: 'agreement.updated', clientId: context.clientId, subjectId: row!.id, at: now });
  const other = party === 'client' ? primary.clinicianId : context.clientUserId;
  if (tell) await notifyPerson(ctx, { userId: other, kind: 'agreement_proposed', clientId: context.clientId, subjectId: row!.id });
  return row!;
}

async function signInTransaction(ctx: Ctx, context: ReplyContext, proposal: AgreementRow, party: Party, at = ctx.clock.now()): Promise<AgreementRow> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  const clientSignedAt = party === 'client' ? at : proposal.clientSignedAt;
  const clinicianSignedAt = party === 'clinician' ? at : proposal.clinicianSignedAt;
  const complete = Boolean(clientSignedAt && clinicianSignedAt);
  if (complete) {
    // The one before steps aside first: at most one version is in force (a partial unique index).
    await ctx.db
      .update(contactAgreements)
      .set({ status: 'superseded', endedAt: now })
      .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.clientId, context.clientId), eq(contactAgreements.status, 'in_force')));
  }
  const [row] = await ctx.db
    .update(contactAgreements)
    .set({ clientSignedAt, clinicianSignedAt, ...(complete ? { status: 'in_force' as const, inForceFrom: now } : {}) })
    .where(and(eq(contactAgreements.practiceId, practiceId), eq(contactAgreements.id, proposal.id)))
    .returning();
  await audit(ctx, {
    action: complete ? 'agreement.inForce' : 'agreement.sign',
    clientId: context.clientId,
    subjectType: 'contact_agreement',
    subjectId: proposal.id,
    reason: party,
  });
  await publishEvent(ctx.db, { practiceId, type: 'agreement.updated', clientId: context.clientId, subjectId: proposal.id, at: now });
  if (complete) {
    const primary = context.careTeam.find((m) => m.isPrimary)?.clinicianId;
    const other = party === 'client' ? primary : context.clientUserId;
    if (other) await notifyPerson(ctx, { userId: other, kind: 'agreement_in_force', clientId: context.clientId, subjectId: proposal.id });
  }
  return row!;
}

/** Starts the 24-hour rule for a client whose agreement includes it (CLINICAL.md §3.1). */
export async function startTwentyFourHourRule(ctx: Ctx, clientId: string): Promise<AgreementResponse> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const context = await contextOf(tx, ctx, clientId);
    const now = ctx.clock.now();
    const rules = await contactRulesFor(tx, ctx.actor.practiceId, context, now);
    if (!rules.twentyFourHourRule.agreed || !rules.primaryClinicianId) throw conflict(agreementErrors.pauseNotAgreed);
    const [row] = await tx
      .insert(contactPauses)
      .values({
        practiceId: ctx.actor.practiceId,
        clientId,
        clinicianId: rules.primaryClinicianId,
        startsAt: now,
        endsAt: new Date(now.getTime() + 24 * 3_600_000),
        createdBy: ctx.actor.userId,
      })
      .returning();
    await audit(txCtx, { action: 'agreement.twentyFourHourRule', clientId, subjectType: 'contact_pause', subjectId: row!.id });
    await publishEvent(tx, { practiceId: ctx.actor.practiceId, type: 'agreement.updated', clientId, subjectId: row!.id, at: now });
    return agreementResponse(tx, ctx.actor.practiceId, context, now);
  });
}

async function contextOf(db: Db, ctx: Ctx, clientId: string): Promise<ReplyContext> {
  const context = await findReplyContext(db, ctx.actor.practiceId, clientId, ctx.clock.now());
  if (!context) throw notFound('client');
  return context;
}

/** The client signs for themselves; on the clinician's side only the current primary clinician signs. */
function partyOf(ctx: Ctx, context: ReplyContext): Party {
  if (ctx.actor.role === 'client' && ctx.actor.clientId === context.clientId) return 'client';
  const primary = context.careTeam.find((m) => m.isPrimary)?.clinicianId;
  if (ctx.actor.role === 'clinician' && ctx.actor.userId === primary) return 'clinician';
  throw forbidden(agreementErrors.notPrimary);
}

async function checkNamedClinicians(db: Db, practiceId: string, terms: AgreementTerms): Promise<void> {
  const ids = namedClinicians(terms);
  if (ids.length === 0) return;
  const clinicians = new Set((await practiceClinicians(db, practiceId)).map((c) => c.id));
  if (!ids.every((id) => clinicians.has(id))) throw invalid(agreementErrors.coverUnknown, { field: 'terms' });
}
