import { DISTRESS_RESPONSE_HOURS, type CareBalanceQuery, type ClientCareBalance, type PracticeCareBalance } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { caringSentBetween } from '../caring-contacts';
import { messageEventsFor } from '../messaging';
import { clinicianNotesBetween } from '../okay-plan';
import { flagsRaisedBetween } from '../risk';
import { countContacts, lastWeeks, totalOf, type ContactEvents } from './care-balance.count';

/** A client's care-contact balance, week by week (the route checked 'careBalance.read'). */
export async function getClientCareBalance(ctx: Ctx, clientId: string, query: CareBalanceQuery): Promise<ClientCareBalance> {
  const weekStarts = lastWeeks(ctx.clock.now(), query.weeks);
  const events = await contactEvents(ctx.db, ctx.actor.practiceId, [clientId], weekStarts[0]!, ctx.clock.now());
  const { weeks } = countContacts(events, weekStarts);
  await audit(ctx, { action: 'careBalance.read', clientId, subjectType: 'client', subjectId: clientId });
  return { clientId, weeks, total: totalOf(weeks) };
}

/** The practice's balance, week by week and per client, the least balanced first (admins: 'careBalance.practice'). */
export async function getPracticeCareBalance(ctx: Ctx, query: CareBalanceQuery): Promise<PracticeCareBalance> {
  const weekStarts = lastWeeks(ctx.clock.now(), query.weeks);
  const events = await contactEvents(ctx.db, ctx.actor.practiceId, undefined, weekStarts[0]!, ctx.clock.now());
  const { weeks, byClient } = countContacts(events, weekStarts);
  const names = new Map((await clientsWithNames(ctx.db, ctx.actor.practiceId, [...byClient.keys()])).map((c) => [c.id, c.name]));
  await audit(ctx, { action: 'careBalance.practice', subjectType: 'practice', subjectId: ctx.actor.practiceId });
  const clients = [...byClient]
    .map(([clientId, total]) => ({ clientId, name: names.get(clientId) ?? '', total }))
    .sort((a, b) => (a.total.notDistressShare ?? 2) - (b.total.notDistressShare ?? 2) || a.name.localeCompare(b.name));
  return { weeks, total: totalOf(weeks), clients };
}

/**
 * Every contact in the period from the modules that own them (their exported queries), with
 * distress read from 48 hours earlier so a reply early in the first week is classed rightly.
 */
async function contactEvents(db: Db, practiceId: string, clientIds: readonly string[] | undefined, firstWeek: string, now: Date): Promise<ContactEvents> {
  const from = new Date(`${firstWeek}T00:00:00Z`);
  const context = new Date(from.getTime() - DISTRESS_RESPONSE_HOURS * 3_600_000);
  const to = new Date(now.getTime() + 1);
  const [messages, caring, notes, flags] = await Promise.all([
    messageEventsFor(db, practiceId, { clientIds, from: context, to }),
    caringSentBetween(db, practiceId, { clientIds, from, to }),
    clinicianNotesBetween(db, practiceId, { clientIds, from, to }),
    flagsRaisedBetween(db, practiceId, { clientIds, from: context, to }),
  ]);
  const caringMessages = new Set(caring.map((c) => c.messageId));
  return {
    clientMessages: messages
      .filter((m) => m.authorKind === 'client')
      .map((m) => ({
        clientId: m.clientId,
        at: m.createdAt,
        distress: m.intent === 'soon' || m.intent === 'crisis' || m.riskLevel === 'high' || m.riskLevel === 'imminent',
      })),
    clinicianMessages: messages
      .filter((m) => m.authorKind === 'clinician' && !caringMessages.has(m.id))
      .map((m) => ({ clientId: m.clientId, at: m.createdAt })),
    caringNotes: caring.map((c) => ({ clientId: c.clientId, at: c.sentAt })),
    reassuranceNotes: notes.map((n) => ({ clientId: n.clientId, at: n.createdAt })),
    flags: flags.map((f) => ({ clientId: f.clientId, at: f.createdAt })),
  };
}
