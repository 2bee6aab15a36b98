import { and, eq, isNull } from 'drizzle-orm';
import type { AcknowledgeFlagBody, FlagDetail, TriageItem } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import type { Db } from '../../db/database';
import { conflict, notFound } from '../../http/errors';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { publishEvent } from '../realtime';
import { flagAccessFor } from './flags.access';
import { readSourceTexts, type SourceTextReaders } from './flags.sources';
import { peopleIn, toFlagHistory, toTriageItem } from './flags.views';
import { riskWords } from './risk.words';
import { eventsOfFlag, findFlag, lastStepsOf, listFlagsOfClient, listQueueFlags, type FlagRow } from './risk.queries';
import { flagEvents, riskFlags } from './risk.tables';
import { namesOf } from '../../access/people';

/** Acknowledged flags stay in the queue this long, so the team sees what was just handled and by whom. */
const RECENTLY_ACKNOWLEDGED_MS = 3 * 86_400_000;

/** The flags a triage queue shows for the given clients (or the whole practice, on call). */
export async function flagTriageItems(ctx: Ctx, readers: SourceTextReaders, clientIds: readonly string[] | 'all'): Promise<TriageItem[]> {
  const since = new Date(ctx.clock.now().getTime() - RECENTLY_ACKNOWLEDGED_MS);
  return itemsFor(ctx, readers, await listQueueFlags(ctx.db, ctx.actor.practiceId, clientIds, since), 'triage');
}

/** A client's flags, newest first (the route checked 'flags.read' on the client). */
export async function listClientFlags(ctx: Ctx, readers: SourceTextReaders, clientId: string): Promise<TriageItem[]> {
  return ctx.db.transaction(async (tx) => itemsFor(withDb(ctx, tx), readers, await listFlagsOfClient(tx, ctx.actor.practiceId, clientId, 100), 'client'));
}

/** One flag with its ladder history (who was told, when, how) and its acknowledgement. */
export async function getFlagDetail(ctx: Ctx, readers: SourceTextReaders, flagId: string): Promise<FlagDetail> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const flag = await findRoutedFlag(tx, ctx.actor.practiceId, flagId);
    return detailOf(txCtx, readers, flag, 'detail');
  });
}

/**
 * A human acknowledgement with a note ends the flag and its ladder (SPEC §2.9). The conditional
 * update lets exactly one of two clinicians acknowledging at once succeed; the other gets 409
 * with who did and when.
 */
export async function acknowledgeFlag(ctx: Ctx, readers: SourceTextReaders, flagId: string, body: AcknowledgeFlagBody): Promise<FlagDetail> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const { practiceId, userId } = ctx.actor;
    const flag = await findRoutedFlag(tx, practiceId, flagId);
    if (flag.acknowledgedAt) throw await alreadyAcknowledged(txCtx, flag);
    const now = ctx.clock.now();
    const [updated] = await tx
      .update(riskFlags)
      .set({ acknowledgedAt: now, acknowledgedBy: userId, acknowledgementNote: body.note, acknowledgementOutcome: body.outcome ?? null })
      .where(and(eq(riskFlags.practiceId, practiceId), eq(riskFlags.id, flagId), isNull(riskFlags.acknowledgedAt)))
      .returning();
    if (!updated) throw await alreadyAcknowledged(txCtx, (await findFlag(tx, practiceId, flagId))!);
    await tx.insert(flagEvents).values({ practiceId, flagId, kind: 'acknowledged', at: now, actorId: userId });
    await audit(txCtx, { action: 'flags.acknowledge', clientId: flag.clientId, subjectType: 'risk_flag', subjectId: flagId });
    const detail = await detailOf(txCtx, readers, updated, 'acknowledge');
    // The event is numbered and announced just after the transaction commits (realtime.sequencer.ts).
    await publishEvent(tx, { practiceId, clientId: flag.clientId, type: 'flag.acknowledged', subjectId: flagId, at: now });
    return detail;
  });
}

/** A flag found by its own id; the route's declared action was checked on its client by the auth hook (http/auth.ts). */
async function findRoutedFlag(db: Db, practiceId: string, flagId: string): Promise<FlagRow> {
  const flag = await findFlag(db, practiceId, flagId);
  if (!flag) throw notFound('flag');
  return flag;
}

async function alreadyAcknowledged(ctx: Ctx, flag: FlagRow) {
  const names = await namesOf(ctx.db, ctx.actor.practiceId, [flag.acknowledgedBy!]);
  const by = { id: flag.acknowledgedBy!, name: names.get(flag.acknowledgedBy!) ?? '' };
  return conflict(riskWords.alreadyAcknowledged(by.name), { acknowledgedAt: flag.acknowledgedAt!.toISOString(), acknowledgedBy: by });
}

async function detailOf(ctx: Ctx, readers: SourceTextReaders, flag: FlagRow, why: string): Promise<FlagDetail> {
  const [item] = await itemsFor(ctx, readers, [flag], why);
  const events = await eventsOfFlag(ctx.db, ctx.actor.practiceId, flag.id);
  const names = await namesOf(ctx.db, ctx.actor.practiceId, peopleIn(flag, events));
  return { flag: item!, history: toFlagHistory(flag, events, names) };
}

/** Flags as the caller may see them, each read audited (ids only); words only where the source may be read. */
async function itemsFor(ctx: Ctx, readers: SourceTextReaders, flags: FlagRow[], why: string): Promise<TriageItem[]> {
  const { practiceId } = ctx.actor;
  const access = await flagAccessFor(
    ctx,
    flags.map((f) => f.clientId),
  );
  const visible = flags.filter((f) => access.get(f.clientId)?.read);
  if (visible.length === 0) return [];
  const clients = await clientsWithNames(ctx.db, practiceId, [...new Set(visible.map((f) => f.clientId))]);
  const clientNames = new Map(clients.map((c) => [c.id, c.name]));
  const steps = await lastStepsOf(
    ctx.db,
    practiceId,
    visible.map((f) => f.id),
  );
  const readable = visible.filter((f) => access.get(f.clientId)!.sources.has(f.sourceType));
  const texts = await readSourceTexts(readers, ctx.db, practiceId, readable);
  const names = await namesOf(
    ctx.db,
    practiceId,
    visible.flatMap((f) => peopleIn(f)),
  );
  const items: TriageItem[] = [];
  for (const flag of visible) {
    const sourceText = texts.get(`${flag.sourceType}:${flag.sourceId}`);
    await audit(ctx, { action: 'flags.read', clientId: flag.clientId, subjectType: 'risk_flag', subjectId: flag.id, reason: why });
    if (sourceText !== undefined)
      await audit(ctx, {
        action: `${flag.sourceType}.excerpt.read`,
        clientId: flag.clientId,
        subjectType: flag.sourceType,
        subjectId: flag.sourceId,
        reason: why,
      });
    items.push(
      toTriageItem({
        flag,
        clientName: clientNames.get(flag.clientId) ?? '',
        access: access.get(flag.clientId)!,
        lastStep: steps.get(flag.id),
        sourceText,
        names,
      }),
    );
  }
  return items;
}
