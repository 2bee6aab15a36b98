import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { CheckinBody, CheckinItem, CheckinList, CheckinListQuery, CheckinResponse } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { invalid } from '../../http/errors';
import { audit } from '../audit';
import { publishEvent } from '../realtime';
import { screenAndFlag, screenOnly, screenStructured } from '../risk';
import { effectiveConfig, type EffectiveConfig } from './check-ins.config';
import { daysFrom, todayIn } from './check-ins.days';
import { checkinsBetween, findCheckinOn, type CheckinRow } from './check-ins.queries';
import { checkins } from './check-ins.tables';
import { toCheckinView } from './check-ins.views';
import { checkinWords } from './check-ins.words';
import { writeCheckin } from './check-ins.write';

const RAISING = new Set(['high', 'imminent']);

/**
 * Records the client's check-in for a day in their own zone (SPEC §4): a second one for the same
 * day updates it. Structured answers and the note are screened together. The common case raises
 * no flag and is one statement (check-ins.write.ts) after the configuration is read; a check-in
 * that raises one enters triage and its ladder through the risk module's own service, in a
 * transaction with the check-in.
 */
export async function recordCheckin(ctx: Ctx, clientId: string, body: CheckinBody): Promise<CheckinResponse> {
  const config = await effectiveConfig(ctx.db, ctx.actor.practiceId, clientId);
  const today = todayIn(config.timeZone, ctx.clock.now());
  const date = body.date ?? today;
  checkDay(date, today, config.backdateDays);
  checkAgainstConfig(body, config);
  const id = randomUUID();
  const input = screenInput(clientId, id, body);
  const screened = screenOnly(input);
  if (screened.raise) return recordRaisingCheckin(ctx, clientId, body, { date, today });
  const { saved, prior } = await writeCheckin(ctx.db, ctx, {
    practiceId: ctx.actor.practiceId,
    id,
    clientId,
    date,
    enteredOn: today,
    at: ctx.clock.now(),
    ...valuesOf(body, screened),
  });
  // No row written: the outbox sent the same entry again, and it was applied once already.
  const row = saved ?? prior!;
  return { checkin: toCheckinView(row, false), showCrisisRoutes: !saved && RAISING.has(row.riskLevel), updated: prior !== undefined };
}

function screenInput(clientId: string, id: string, body: CheckinBody) {
  return {
    clientId,
    sourceType: 'checkin' as const,
    sourceId: id,
    text: body.note,
    structured: screenStructured({
      urges: body.urges,
      selfHarmAction: body.actedOn?.includes('selfHarm') === true,
      medicationTaken: body.medication,
    }),
  };
}

function valuesOf(body: CheckinBody, screened: { level: CheckinRow['riskLevel']; reasons: CheckinRow['riskReasons'] }) {
  return {
    mood: body.mood,
    urges: body.urges ?? {},
    actedOn: body.actedOn ?? [],
    medication: body.medication ?? null,
    note: body.note ? body.note : null,
    emotions: body.emotions ?? {},
    skills: body.skills ?? [],
    water: body.water ?? null,
    meals: body.meals ?? null,
    sleepHours: body.sleepHours ?? null,
    clientKey: body.clientKey ?? null,
    riskLevel: screened.level,
    riskReasons: screened.reasons,
  };
}

/** A check-in whose answers raise a flag: the row, the flag with step 0 of its ladder, the audit row and the event, in one transaction. */
async function recordRaisingCheckin(ctx: Ctx, clientId: string, body: CheckinBody, day: { date: string; today: string }): Promise<CheckinResponse> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const { practiceId } = ctx.actor;
    const existing = await findCheckinOn(tx, practiceId, clientId, day.date);
    if (existing && body.clientKey && existing.clientKey === body.clientKey) {
      // The outbox sent the same entry again: it was applied once already.
      return { checkin: toCheckinView(existing, false), showCrisisRoutes: RAISING.has(existing.riskLevel), updated: true };
    }
    const id = existing?.id ?? randomUUID();
    const input = screenInput(clientId, id, body);
    const screened = screenOnly(input);
    const now = ctx.clock.now();
    const values = { ...valuesOf(body, screened), updatedAt: now };
    const [row] = existing
      ? await tx.update(checkins).set(values).where(sqlId(existing)).returning()
      : await tx
          .insert(checkins)
          .values({ practiceId, id, clientId, date: day.date, enteredOn: day.today, createdAt: now, ...values })
          .returning();
    // An edit that adds nothing new to an already-raised check-in does not raise a second flag.
    const raiseAgain = !existing || !RAISING.has(existing.riskLevel) || hasNewReason(existing, screened.reasons);
    const outcome = raiseAgain ? await screenAndFlag(txCtx, input, screened) : screened;
    await audit(txCtx, { action: existing ? 'checkins.update' : 'checkins.create', clientId, subjectType: 'checkin', subjectId: id });
    await publishEvent(tx, { practiceId, clientId, type: 'checkin.saved', subjectId: id, at: now });
    return { checkin: toCheckinView(row!, false), showCrisisRoutes: outcome.showCrisisRoutes, updated: existing !== undefined };
  });
}

function sqlId(row: CheckinRow) {
  return and(eq(checkins.practiceId, row.practiceId), eq(checkins.id, row.id));
}

function hasNewReason(existing: CheckinRow, reasons: readonly { construct: string }[]): boolean {
  const before = new Set(existing.riskReasons.map((r) => r.construct));
  return reasons.some((r) => !before.has(r.construct));
}

function checkDay(date: string, today: string, backdateDays: number) {
  if (date > today) throw invalid(checkinWords.futureDay, { field: 'date' });
  if (daysFrom(date, today) > backdateDays) throw invalid(checkinWords.tooLongAgo(backdateDays), { field: 'date', backdateDays });
}

/** Names must be the client's configured ones; answers to items the check-in does not ask are refused. */
function checkAgainstConfig(body: CheckinBody, config: EffectiveConfig) {
  const known = (entries: readonly { key: string }[]) => new Set(entries.map((e) => e.key));
  const unknown = (keys: readonly string[], allowed: Set<string>) => keys.filter((k) => !allowed.has(k));
  const checks: [string, string[], Set<string>][] = [
    ['urges', Object.keys(body.urges ?? {}), known(config.urges)],
    ['actedOn', body.actedOn ?? [], known(config.urges)],
    ['emotions', Object.keys(body.emotions ?? {}), known(config.emotions)],
    ['skills', body.skills ?? [], known(config.skills)],
  ];
  for (const [field, keys, allowed] of checks) {
    const names = unknown(keys, allowed);
    if (names.length > 0) throw invalid(checkinWords.unknownNames(field === 'actedOn' ? 'urges' : field), { field, unknown: names });
  }
  const asked = new Set(config.items);
  const answered: [CheckinItem, unknown][] = [
    ['emotions', body.emotions],
    ['skills', body.skills],
    ['medication', body.medication],
    ['water', body.water],
    ['meals', body.meals],
    ['sleep', body.sleepHours],
  ];
  for (const [item, value] of answered) if (value !== undefined && !asked.has(item)) throw invalid(checkinWords.itemOff(item), { field: item });
}

/** The client's check-ins between two days inclusive, oldest first (SPEC §4). */
export async function listCheckins(ctx: Ctx, clientId: string, query: CheckinListQuery): Promise<CheckinList> {
  if (query.from && query.to && query.from > query.to) throw invalid('`from` must be on or before `to`.', { field: 'from' });
  const rows = await checkinsBetween(ctx.db, ctx.actor.practiceId, clientId, query.from, query.to);
  await audit(ctx, { action: 'checkins.read', clientId, subjectType: 'client', subjectId: clientId });
  return { checkins: rows.map((r) => toCheckinView(r, ctx.actor.role === 'clinician')) };
}
