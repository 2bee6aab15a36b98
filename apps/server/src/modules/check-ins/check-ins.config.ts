import {
  ALWAYS_ON_ITEMS,
  BACKDATE_DAYS,
  checkinItems,
  DEFAULT_SELF_NEGLECT,
  type CatalogueEntry,
  type CheckinConfig,
  type CheckinConfigBody,
  type CheckinItem,
  type SelfNeglectThresholds,
  type UrgeEntry,
  type ZoneOffsetSpan,
} from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import type { Db } from '../../db/database';
import { withDb, type Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { offsetSpanAround } from '../reply-windows';
import { todayIn } from './check-ins.days';
import { findConfig, type CheckinConfigRow } from './check-ins.queries';
import { checkinConfigs } from './check-ins.tables';
import { defaultCatalogue } from './check-ins.words';

/** A client's check-in as it applies now: their configuration, or the defaults. */
export interface EffectiveConfig {
  items: CheckinItem[];
  urges: UrgeEntry[];
  emotions: CatalogueEntry[];
  skills: CatalogueEntry[];
  selfNeglect: SelfNeglectThresholds;
  backdateDays: number;
  timeZone: string;
  updatedAt: Date | null;
}

export async function clientTimeZone(db: Db, practiceId: string, clientId: string): Promise<string> {
  const [client] = await clientsWithNames(db, practiceId, [clientId]);
  if (!client) throw notFound('client');
  return client.timeZone;
}

export async function effectiveConfig(db: Db, practiceId: string, clientId: string): Promise<EffectiveConfig> {
  const [row, timeZone] = await Promise.all([findConfig(db, practiceId, clientId), clientTimeZone(db, practiceId, clientId)]);
  return configFrom(row, timeZone);
}

type StoredConfig = Pick<CheckinConfigRow, 'items' | 'urges' | 'emotions' | 'skills' | 'selfNeglect' | 'backdateDays' | 'updatedAt'>;

/** The configuration that applies, from the stored one (undefined: the catalogue's defaults). */
export function configFrom(row: StoredConfig | undefined, timeZone: string): EffectiveConfig {
  const core = defaultCatalogue.coreUrges.map((u) => ({ ...u, core: true }));
  return {
    items: inCatalogueOrder(row?.items ?? [...checkinItems]),
    urges: [...core, ...(row?.urges ?? []).map((u) => ({ ...u, core: false }))],
    emotions: row?.emotions ?? defaultCatalogue.emotions,
    skills: row?.skills ?? defaultCatalogue.skills,
    selfNeglect: row?.selfNeglect ?? DEFAULT_SELF_NEGLECT,
    backdateDays: row?.backdateDays ?? BACKDATE_DAYS,
    timeZone,
    updatedAt: row?.updatedAt ?? null,
  };
}

function inCatalogueOrder(items: readonly CheckinItem[]): CheckinItem[] {
  const chosen = new Set([...items, ...ALWAYS_ON_ITEMS]);
  return checkinItems.filter((i) => chosen.has(i));
}

/** The configuration as the caller may see it: thresholds are for the care team, never the client. */
export async function getCheckinConfig(ctx: Ctx, clientId: string): Promise<CheckinConfig> {
  const config = await effectiveConfig(ctx.db, ctx.actor.practiceId, clientId);
  const canConfigure = await canOnClient(ctx, 'checkins.configure', clientId);
  await audit(ctx, { action: 'checkins.config.read', clientId, subjectType: 'checkin_config', subjectId: clientId });
  return {
    clientId,
    items: config.items,
    urges: config.urges,
    emotions: config.emotions,
    skills: config.skills,
    ...(ctx.actor.role === 'client' ? {} : { selfNeglect: config.selfNeglect }),
    backdateDays: config.backdateDays,
    timeZone: config.timeZone,
    today: todayIn(config.timeZone, ctx.clock.now()),
    ...zoneOffsetOf(config.timeZone, ctx.clock.now()),
    canConfigure,
    updatedAt: config.updatedAt?.toISOString() ?? null,
  };
}

/** The zone's offset around now, for the device to show the client's day without time-zone data of its own. */
function zoneOffsetOf(timeZone: string, now: Date): { zoneOffset?: ZoneOffsetSpan } {
  const span = offsetSpanAround(now, timeZone);
  if (span.offsetMs % 60_000 !== 0) return {};
  return { zoneOffset: { minutes: span.offsetMs / 60_000, from: span.from.toISOString(), until: span.until.toISOString() } };
}

/** The clinician sets the catalogue items, the client's own urges, emotions, skills and thresholds. */
export async function updateCheckinConfig(ctx: Ctx, clientId: string, body: CheckinConfigBody): Promise<CheckinConfig> {
  const core = new Set(defaultCatalogue.coreUrges.map((u) => u.key));
  for (const list of [body.urges, body.emotions, body.skills]) {
    const keys = (list ?? []).map((e) => e.key);
    if (new Set(keys).size !== keys.length) throw invalid('Each name can appear once.', { duplicate: keys });
  }
  if (body.urges?.some((u) => core.has(u.key))) throw invalid('selfHarm and sabotage are always asked; add only the client’s own urges.');
  await ctx.db.transaction(async (tx) => {
    const current = await effectiveConfig(tx, ctx.actor.practiceId, clientId);
    const now = ctx.clock.now();
    const values = {
      practiceId: ctx.actor.practiceId,
      clientId,
      items: inCatalogueOrder(body.items ?? current.items),
      urges: body.urges ?? current.urges.filter((u) => !u.core).map(({ key, label }) => ({ key, label })),
      emotions: body.emotions ?? current.emotions,
      skills: body.skills ?? current.skills,
      selfNeglect: body.selfNeglect ?? current.selfNeglect,
      backdateDays: body.backdateDays ?? current.backdateDays,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    };
    await tx
      .insert(checkinConfigs)
      .values(values)
      .onConflictDoUpdate({ target: [checkinConfigs.practiceId, checkinConfigs.clientId], set: values });
    await audit(withDb(ctx, tx), { action: 'checkins.configure', clientId, subjectType: 'checkin_config', subjectId: clientId });
  });
  return getCheckinConfig(ctx, clientId);
}
