import {
  STABILITY_DEFAULTS,
  severityOf,
  type CaseloadStabilitySignals,
  type EffectiveStabilityThresholds,
  type OkayPlanContent,
  type StabilitySettings,
  type StabilityView,
} from '@steadfast/contracts';
import type { ClientAccess } from '../../access/relationships';
import { asSignals, timeZonesOf, type SignalSource } from '../../access/signal-source';
import { canOnClient } from '../../access/authorize';
import { allows, clientRules } from '../../access/rules';
import type { Db } from '../../db/database';
import { withDb, type Actor, type Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { lastCaringSentFor } from '../caring-contacts';
import { baselineOfMoods, checkinDaysFor } from '../check-ins';
import { measureTotalsFor } from '../measures';
import { messageEventsFor } from '../messaging';
import { findStretches, shift, type StabilityDay, type StretchFinding } from './stability.detect';
import { latestOkayPlansFor, settingsFor, upsertSettings, type StabilitySettingsRow } from './stability.queries';

/** The window read: the baseline's 90 days, which also bounds the stretches shown. */
const WINDOW_DAYS = 90;
/** Bands at which a measure marks a day of distress: moderate and above (CLINICAL.md §2.2, §2.3). */
const DISTRESS_BANDS = new Set(['moderate', 'moderately_severe', 'severe']);

interface ClientStability {
  settings: StabilitySettings;
  thresholds: EffectiveStabilityThresholds;
  finding: StretchFinding;
}

/**
 * Stability for several clients in a fixed number of queries (each module's own batched read):
 * check-ins for the mood and urges, messaging and measures for the days of distress.
 */
export async function stabilityOf(
  db: Db,
  practiceId: string,
  clients: readonly { id: string; timeZone: string }[],
  now: Date,
): Promise<Map<string, ClientStability>> {
  const ids = clients.map((c) => c.id);
  const out = new Map<string, ClientStability>();
  if (ids.length === 0) return out;
  // A caseload's clients share a handful of zones: each zone's day once.
  const todayByZone = new Map<string, string>();
  const todayOf = (timeZone: string) => {
    let today = todayByZone.get(timeZone);
    if (today === undefined) todayByZone.set(timeZone, (today = dayIn(timeZone, now)));
    return today;
  };
  const latestToday = clients
    .map((c) => todayOf(c.timeZone))
    .sort()
    .at(-1)!;
  const from = shift(latestToday, -WINDOW_DAYS);
  const [days, settings, messages, measures] = await Promise.all([
    checkinDaysFor(db, practiceId, ids, from, latestToday),
    settingsFor(db, practiceId, ids),
    messageEventsFor(db, practiceId, { clientIds: ids, from: new Date(`${from}T00:00:00Z`), to: new Date(now.getTime() + 1), intents: ['soon', 'crisis'] }),
    measureTotalsFor(db, practiceId, ids, from),
  ]);
  const zones = new Map(clients.map((c) => [c.id, c.timeZone]));
  const distress = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const m of messages) distress.get(m.clientId)!.add(dayIn(zones.get(m.clientId)!, m.createdAt));
  for (const m of measures) if (DISTRESS_BANDS.has(severityOf(m.instrument, m.total).severity)) distress.get(m.clientId)!.add(m.date);
  for (const client of clients) {
    const today = todayOf(client.timeZone);
    const windowStart = shift(today, -WINDOW_DAYS);
    const mine = (days.get(client.id) ?? []).filter((d) => d.date > windowStart && d.date <= today);
    const chosen = toSettings(settings.get(client.id));
    const thresholds = thresholdsOf(
      chosen,
      mine.map((d) => d.mood),
    );
    const series: StabilityDay[] = mine;
    out.set(client.id, { settings: chosen, thresholds, finding: findStretches(series, distress.get(client.id)!, thresholds, today) });
  }
  return out;
}

/**
 * `signals.stability` for a caseload (SPEC §4): the current stable stretch, null when none, only
 * for clients whose stability the caller may read. Never shown to the client.
 */
export async function stabilitySignalsFor(db: Db, actor: Actor, access: readonly ClientAccess[], now: Date): Promise<Map<string, CaseloadStabilitySignals>> {
  const permitted = access.filter((a) => allows(clientRules['stability.read'], a.relationships, a.scopes));
  const readable = permitted.map((a) => a.clientId);
  const signals = new Map<string, CaseloadStabilitySignals>();
  if (readable.length === 0) return signals;
  const zones = await timeZonesOf(permitted, (ids) => clientsWithNames(db, actor.practiceId, ids));
  const clients = [...zones].map(([id, timeZone]) => ({ id, timeZone }));
  const [stability, plans, lastCaring] = await Promise.all([
    stabilityOf(db, actor.practiceId, clients, now),
    latestOkayPlansFor(db, actor.practiceId, readable),
    lastCaringSentFor(db, actor.practiceId, readable),
  ]);
  for (const [clientId, { finding }] of stability) {
    if (!finding.current) continue;
    signals.set(clientId, {
      ...finding.current,
      okayPlanSaysVulnerable: saysVulnerable(plans.get(clientId)),
      lastCaringNoteAt: lastCaring.get(clientId)?.toISOString() ?? null,
    });
  }
  return signals;
}

/** The okay plan's caseload signal source: `signals.stability`. */
export const stabilitySignals: SignalSource = (db, actor, access, now) => asSignals('stability', stabilitySignalsFor(db, actor, access, now));

/** The client's stability for the care team: thresholds in force, the current stretch and the recent ones. */
export async function getStability(ctx: Ctx, clientId: string): Promise<StabilityView> {
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (!client) throw notFound('client');
  const stability = (await stabilityOf(ctx.db, ctx.actor.practiceId, [client], ctx.clock.now())).get(clientId)!;
  await audit(ctx, { action: 'stability.read', clientId, subjectType: 'client', subjectId: clientId });
  return {
    clientId,
    settings: stability.settings,
    thresholds: stability.thresholds,
    current: stability.finding.current,
    recent: stability.finding.stretches,
    can: { configure: await canOnClient(ctx, 'stability.configure', clientId) },
  };
}

/** Sets the client's own thresholds (a null keeps the default). */
export async function setStabilitySettings(ctx: Ctx, clientId: string, body: StabilitySettings): Promise<StabilityView> {
  await ctx.db.transaction(async (tx) => {
    await upsertSettings(tx, { practiceId: ctx.actor.practiceId, clientId, ...body, updatedAt: ctx.clock.now(), updatedBy: ctx.actor.userId });
    await audit(withDb(ctx, tx), { action: 'stability.configure', clientId, subjectType: 'stability_settings', subjectId: clientId });
  });
  return getStability(ctx, clientId);
}

function toSettings(row: StabilitySettingsRow | undefined): StabilitySettings {
  return { minDays: row?.minDays ?? null, moodFloor: row?.moodFloor ?? null, maxUrgeSpread: row?.maxUrgeSpread ?? null, dipDays: row?.dipDays ?? null };
}

/** Defaults from the client's own history: the mood floor is their median mood over the window. */
export function thresholdsOf(settings: StabilitySettings, windowMoods: readonly number[]): EffectiveStabilityThresholds {
  const baseline = settings.moodFloor === null ? baselineOfMoods(windowMoods) : null;
  return {
    minDays: settings.minDays ?? STABILITY_DEFAULTS.minDays,
    moodFloor: settings.moodFloor ?? baseline?.median ?? null,
    moodFloorFrom: settings.moodFloor !== null ? 'setting' : baseline ? 'baseline' : 'none',
    maxUrgeSpread: settings.maxUrgeSpread ?? STABILITY_DEFAULTS.maxUrgeSpread,
    dipDays: settings.dipDays ?? STABILITY_DEFAULTS.dipDays,
  };
}

/** The plan names signs, help or wishes for when being okay feels unsafe: the signal says so. */
function saysVulnerable(plan: OkayPlanContent | undefined): boolean {
  return Boolean(plan && (plan.harderSigns.length > 0 || plan.whatHelps.length > 0 || plan.fromCareTeam.length > 0));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The calendar day of an instant in a zone, YYYY-MM-DD. */
function dayIn(timeZone: string, at: Date): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(at);
}
