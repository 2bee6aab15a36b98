import { and, desc, eq, ne } from 'drizzle-orm';
import type { ErasureCount, ErasureRequestView, ErasureView } from '@steadfast/contracts';
import { authorizeClient, authorizePractice, canOnClient } from '../../access/authorize';
import { practiceAdmins } from '../../access/people';
import type { Db } from '../../db/database';
import { withDb, type Ctx } from '../../http/context';
import { conflict } from '../../http/errors';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { forgetSessionsOf } from '../identity';
import { queueMail } from '../mail';
import { notifyPerson } from '../notifications';
import { scheduleRetentionEnd } from './erasure.retention';
import { eraseEverything, previewErasure, retentionFor } from './erasure.run';
import { countsInNumbers, subjectOf, type Subject } from './erasure.subject';
import { erasureRequests } from './erasure.tables';
import { erasureErrors, erasureWords } from './erasure.words';

/** A request as the service reads it: a withdrawn one is as if never made, and the queries leave it out. */
type RequestRow = typeof erasureRequests.$inferSelect & { status: 'requested' | 'erased' };

/** The client's erasure as the caller may see it: their request, and what erasing would do (a rolled-back run) or did. */
export async function getErasure(ctx: Ctx, clientId: string): Promise<ErasureView> {
  await authorizeClient(ctx, 'erasure.read', clientId);
  const subject = await subjectOf(ctx.db, ctx, clientId);
  const latest = await latestRequestOf(ctx.db, ctx.actor.practiceId, clientId);
  await audit(ctx, { action: 'erasure.read', clientId, subjectType: 'erasure_request', subjectId: latest?.id ?? clientId });
  const can = {
    request: ctx.actor.role === 'client' && !latest,
    withdraw: ctx.actor.role === 'client' && latest?.status === 'requested',
    confirm: latest?.status === 'requested' && (await canOnClient(ctx, 'erasure.confirm', clientId)),
  };
  if (latest?.status === 'erased') {
    return {
      request: toRequestView(latest, subject.name),
      retention: {
        retentionYears: latest.retentionYears ?? subject.retentionYears,
        lastContactAt: latest.lastContactAt?.toISOString() ?? null,
        keptUntil: latest.keptUntil?.toISOString() ?? null,
      },
      counts: latest.counts,
      can,
    };
  }
  const { keepClinical, ...retention } = await retentionFor(ctx.db, { ...subject, clientId, now: ctx.clock.now() });
  const counts = await previewErasure(ctx.db, { ...subject.input, keepClinical });
  return { request: latest ? toRequestView(latest, subject.name) : null, retention, counts, can };
}

/** "Please erase my record", from the client: the admin sees it with its preview. Asking again answers the same request. */
export async function requestErasure(ctx: Ctx, clientId: string): Promise<ErasureView> {
  await authorizeClient(ctx, 'erasure.request', clientId);
  await ctx.db.transaction(async (tx) => {
    const latest = await latestRequestOf(tx, ctx.actor.practiceId, clientId);
    if (latest) return;
    const [row] = await tx
      .insert(erasureRequests)
      .values({ practiceId: ctx.actor.practiceId, clientId, requestedBy: ctx.actor.userId, requestedAt: ctx.clock.now() })
      .onConflictDoNothing()
      .returning({ id: erasureRequests.id });
    if (!row) return;
    const txCtx = withDb(ctx, tx);
    await audit(txCtx, { action: 'erasure.request', clientId, subjectType: 'erasure_request', subjectId: row.id });
    // The practice's admins carry it out: each is told (ids only; the title names the client when read).
    for (const admin of await practiceAdmins(tx, ctx.actor.practiceId))
      await notifyPerson(txCtx, { userId: admin.id, kind: 'erasure_requested', clientId, subjectId: row.id });
  });
  return getErasure(ctx, clientId);
}

/**
 * The client changes their mind before the admin has carried it out: the request is marked
 * withdrawn (and is from then on as if never made: the admins' list leaves it out, and the client
 * may ask again). Audited. 409 when there is nothing to withdraw or it has been carried out.
 */
export async function withdrawErasure(ctx: Ctx, clientId: string): Promise<ErasureView> {
  await authorizeClient(ctx, 'erasure.withdraw', clientId);
  await ctx.db.transaction(async (tx) => {
    // Locked, as the confirm locks it: a withdrawal and a confirm at once take turns, and the second sees what the first did.
    const request = await latestRequestOf(tx, ctx.actor.practiceId, clientId, { lock: true });
    if (!request) throw conflict(erasureErrors.nothingToWithdraw);
    if (request.status === 'erased') throw conflict(erasureErrors.alreadyErased);
    await tx
      .update(erasureRequests)
      .set({ status: 'withdrawn', withdrawnAt: ctx.clock.now() })
      .where(and(eq(erasureRequests.practiceId, request.practiceId), eq(erasureRequests.id, request.id)));
    await audit(withDb(ctx, tx), { action: 'erasure.withdraw', clientId, subjectType: 'erasure_request', subjectId: request.id });
  });
  return getErasure(ctx, clientId);
}

/**
 * The admin carries out the client's request, in one transaction: every module's erasure
 * (children before parents), the e-mail telling the client what was kept, why and until when
 * (queued to the address before it is replaced, and forgotten once sent), the request marked
 * erased with its counts, the removal of what was kept scheduled for the day its retention ends,
 * and an audit row with ids and numbers only. Run again, nothing more changes and no second
 * e-mail goes: the account's address is already unusable.
 */
export async function confirmErasure(ctx: Ctx, clientId: string): Promise<ErasureView> {
  await authorizeClient(ctx, 'erasure.confirm', clientId);
  const now = ctx.clock.now();
  const userId = await ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const request = await latestRequestOf(tx, ctx.actor.practiceId, clientId, { lock: true });
    if (!request) throw conflict(erasureErrors.noRequest);
    const subject = await subjectOf(tx, ctx, clientId);
    const retention = request.status === 'erased' ? null : await retentionFor(tx, { ...subject, clientId, now });
    const keepClinical = retention ? retention.keepClinical : request.keptUntil !== null && request.keptUntil > now;
    const counts = await eraseEverything(tx, { ...subject.input, keepClinical });
    if (retention) {
      await tellClient(tx, subject, counts, retention.keptUntil, now);
      await tx
        .update(erasureRequests)
        .set({
          status: 'erased',
          erasedAt: now,
          erasedBy: ctx.actor.userId,
          retentionYears: retention.retentionYears,
          lastContactAt: retention.lastContactAt ? new Date(retention.lastContactAt) : null,
          keptUntil: retention.keptUntil ? new Date(retention.keptUntil) : null,
          counts,
        })
        .where(and(eq(erasureRequests.practiceId, request.practiceId), eq(erasureRequests.id, request.id)));
    }
    // What is kept goes on its day (a repeat schedules nothing more: one job per client, ever).
    const keptUntil = retention ? retention.keptUntil && new Date(retention.keptUntil) : request.retentionEndedAt ? null : request.keptUntil;
    if (keptUntil) await scheduleRetentionEnd(tx, { practiceId: request.practiceId, requestId: request.id, clientId, keptUntil });
    await audit(txCtx, {
      action: retention ? 'client.erase' : 'client.erase.repeat',
      clientId,
      subjectType: 'erasure_request',
      subjectId: request.id,
      reason: countsInNumbers(counts),
    });
    return subject.input.clientUserId;
  });
  forgetSessionsOf(ctx.deps, userId);
  return getErasure(ctx, clientId);
}

/** The practice's erasure requests, open ones first, for the admin. */
export async function listErasureRequests(ctx: Ctx): Promise<ErasureRequestView[]> {
  authorizePractice(ctx, 'erasure.view');
  const { practiceId } = ctx.actor;
  const rows = await ctx.db
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.practiceId, practiceId), ne(erasureRequests.status, 'withdrawn')))
    .orderBy(desc(erasureRequests.requestedAt));
  await audit(ctx, { action: 'erasure.list', subjectType: 'practice', subjectId: practiceId });
  const names = new Map((await clientsWithNames(ctx.db, practiceId, [...new Set(rows.map((r) => r.clientId))])).map((c) => [c.id, c.name]));
  return (rows as RequestRow[]).map((r) => toRequestView(r, names.get(r.clientId) ?? '')).sort((a, b) => Number(a.status === 'erased') - Number(b.status === 'erased'));
}

async function latestRequestOf(db: Db, practiceId: string, clientId: string, opts: { lock?: boolean } = {}): Promise<RequestRow | undefined> {
  const q = db
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.practiceId, practiceId), eq(erasureRequests.clientId, clientId), ne(erasureRequests.status, 'withdrawn')))
    .orderBy(desc(erasureRequests.requestedAt))
    .limit(1);
  const [row] = opts.lock ? await q.for('update') : await q;
  return row as RequestRow | undefined;
}

/** The e-mail to the address being erased: sent once, then forgotten by the outbox. */
async function tellClient(db: Db, subject: Subject, counts: ErasureCount[], keptUntil: string | null, now: Date): Promise<void> {
  const kinds = (pick: (c: ErasureCount) => number) => counts.filter((c) => pick(c) > 0).map((c) => c.kind);
  const text = erasureWords.text({
    practiceName: subject.practiceName,
    removed: kinds((c) => c.removed),
    pseudonymised: kinds((c) => c.pseudonymised),
    kept: kinds((c) => c.kept).filter((k) => k !== 'account'),
    keptUntil: keptUntil ? erasureWords.day(new Date(keptUntil), subject.timeZone) : null,
    retentionYears: subject.retentionYears,
  });
  await queueMail(
    db,
    { practiceId: subject.practiceId, to: subject.input.clientEmail, subject: erasureWords.subject(subject.practiceName), text, forgetAfterSend: true },
    now,
  );
}

function toRequestView(r: RequestRow, clientName: string): ErasureRequestView {
  return {
    id: r.id,
    clientId: r.clientId,
    clientName,
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    erasedAt: r.erasedAt?.toISOString() ?? null,
  };
}
