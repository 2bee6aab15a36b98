import type { CaringContactList, CaringContactView, EditCaringContactBody, PlanCaringContactsBody } from '@steadfast/contracts';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { clientsWithNames } from '../care-teams';
import { scheduleCaringSend } from './caring-contacts.job';
import {
  cancelPlanned,
  findCaringContact,
  insertCaringContacts,
  listCaringContacts,
  updateCaringContact,
  type CaringContactRow,
} from './caring-contacts.queries';
import { caringDueTimes, parseLocalDate } from './caring-contacts.schedule';
import { caringErrors, caringTemplates, demandWarnings, fillTemplate } from './caring-contacts.words';

/** A client's caring contacts, sent and still to come (the route checked 'caringContacts.manage'). */
export async function listClientCaringContacts(ctx: Ctx, clientId: string): Promise<CaringContactList> {
  return ctx.db.transaction(async (tx) => {
    const rows = await listCaringContacts(tx, ctx.actor.practiceId, clientId);
    await audit(withDb(ctx, tx), { action: 'caringContacts.read', clientId, subjectType: 'caring_contacts', subjectId: clientId });
    const access = await relationshipsTo(tx, ctx.actor, clientId, ctx.clock.now());
    return {
      contacts: rows.map(toView),
      can: { manage: Boolean(access && allows(clientRules['caringContacts.manage'], access.relationships, access.scopes)) },
    };
  });
}

/**
 * Writes a schedule of notes ahead of time from the templates, in the caller's name, each due at
 * its time in the client's zone; notes still to come from an earlier schedule are replaced.
 */
export async function planCaringContacts(ctx: Ctx, clientId: string, body: PlanCaringContactsBody): Promise<CaringContactList> {
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (!client) throw notFound('client');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const { practiceId, userId, name } = ctx.actor;
    await cancelPlanned(tx, practiceId, clientId);
    const due = caringDueTimes(body.preset, parseLocalDate(body.startsOn), client.timeZone, `${clientId}:${body.startsOn}:${now.getTime()}`).filter(
      (at) => at > now,
    );
    const rows = await insertCaringContacts(
      tx,
      due.map((dueAt, i) => ({
        practiceId,
        clientId,
        clinicianId: userId,
        dueAt,
        body: fillTemplate(caringTemplates[i % caringTemplates.length]!, client.name, name),
      })),
    );
    for (const row of rows) await scheduleCaringSend(tx, row);
    await audit(withDb(ctx, tx), { action: 'caringContacts.plan', clientId, subjectType: 'caring_contacts', subjectId: body.preset });
  });
  return listClientCaringContacts(ctx, clientId);
}

/** Personalises a note still to come: its words, or its time (a new durable job for the new time). */
export async function editCaringContact(ctx: Ctx, clientId: string, contactId: string, body: EditCaringContactBody): Promise<CaringContactView> {
  return ctx.db.transaction(async (tx) => {
    const contact = await plannedContact(withDb(ctx, tx), clientId, contactId);
    const dueAt = body.dueAt ? new Date(body.dueAt) : contact.dueAt;
    if (body.dueAt && dueAt <= ctx.clock.now()) throw invalid(caringErrors.inThePast, { field: 'dueAt' });
    const updated = await updateCaringContact(tx, ctx.actor.practiceId, contactId, { body: body.body ?? contact.body, dueAt });
    if (dueAt.getTime() !== contact.dueAt.getTime()) await scheduleCaringSend(tx, updated);
    await audit(withDb(ctx, tx), { action: 'caringContacts.edit', clientId, subjectType: 'caring_contact', subjectId: contactId });
    return toView(updated);
  });
}

/** Takes one note out of the schedule; a sent note stays as it was. */
export async function cancelCaringContact(ctx: Ctx, clientId: string, contactId: string): Promise<CaringContactView> {
  return ctx.db.transaction(async (tx) => {
    await plannedContact(withDb(ctx, tx), clientId, contactId);
    const updated = await updateCaringContact(tx, ctx.actor.practiceId, contactId, { status: 'cancelled' });
    await audit(withDb(ctx, tx), { action: 'caringContacts.cancel', clientId, subjectType: 'caring_contact', subjectId: contactId });
    return toView(updated);
  });
}

async function plannedContact(ctx: Ctx, clientId: string, contactId: string): Promise<CaringContactRow> {
  const contact = await findCaringContact(ctx.db, ctx.actor.practiceId, contactId, { lock: true });
  if (!contact || contact.clientId !== clientId) throw notFound('caring contact');
  if (contact.status !== 'planned') throw invalid(caringErrors.alreadySent);
  return contact;
}

function toView(row: CaringContactRow): CaringContactView {
  return {
    id: row.id,
    dueAt: row.dueAt.toISOString(),
    body: row.body,
    status: row.status,
    sentAt: row.sentAt?.toISOString() ?? null,
    messageId: row.messageId,
    warnings: row.status === 'planned' ? demandWarnings(row.body) : [],
  };
}
