import type { Db } from '../../db/database';
import { systemCtx, withDb, type Actor, type Ctx } from '../../http/context';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import { audit } from '../audit';
import { sendInTransaction } from '../messaging';
import { findCaringContact, updateCaringContact, type CaringContactRow } from './caring-contacts.queries';
import { namesOf } from '../../access/people';

export const CARING_CONTACT_JOB = 'caringContacts.send';

/**
 * One durable job per note and due time, in the caller's transaction. A note moved to another
 * time gets a new job (a new key); the old one finds the time changed and does nothing.
 */
export async function scheduleCaringSend(db: Db, contact: Pick<CaringContactRow, 'practiceId' | 'id' | 'dueAt'>): Promise<void> {
  await enqueueJob(db, {
    kind: CARING_CONTACT_JOB,
    payload: { practiceId: contact.practiceId, contactId: contact.id, dueAt: contact.dueAt.toISOString() },
    runAt: contact.dueAt,
    dedupeKey: `caring-contact:${contact.id}:${contact.dueAt.getTime()}`,
    maxAttempts: 1000,
  });
}

/**
 * Sends a due note in the job's claim transaction ('transactional'): the message, its notice and
 * the note's "sent" commit together with the job, so across crashes, restarts and servers each
 * note is sent exactly once. Nothing here looks at risk: a crisis neither hurries nor stops it.
 */
export const caringContactJob: JobHandler = {
  kind: CARING_CONTACT_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const { practiceId, contactId, dueAt } = job.payload as { practiceId: string; contactId: string; dueAt: string };
    await sendCaringContact(systemCtx(deps, practiceId, db), contactId, new Date(dueAt));
  },
};

export async function sendCaringContact(ctx: Ctx, contactId: string, dueAt: Date): Promise<void> {
  const contact = await findCaringContact(ctx.db, ctx.actor.practiceId, contactId, { lock: true });
  if (!contact || contact.status !== 'planned' || contact.dueAt.getTime() !== dueAt.getTime()) return;
  const author = await authorOf(ctx, contact);
  if (!author) {
    // The clinician is no longer in the care team: the note is not sent in their name.
    await updateCaringContact(ctx.db, contact.practiceId, contact.id, { status: 'skipped' });
    await audit(ctx, {
      action: 'caringContacts.skip',
      clientId: contact.clientId,
      subjectType: 'caring_contact',
      subjectId: contact.id,
      reason: 'author left the care team',
    });
    return;
  }
  const asAuthor: Ctx = withDb({ ...ctx, actor: author, requestId: `caring-contact:${contact.id}` }, ctx.db);
  const sent = await sendInTransaction(
    asAuthor,
    { clientId: contact.clientId, body: contact.body, idempotencyKey: `caring-contact:${contact.id}` },
    { answersConversation: false },
  );
  if (!sent) return;
  await updateCaringContact(ctx.db, contact.practiceId, contact.id, { status: 'sent', sentAt: ctx.clock.now(), messageId: sent.message.id });
  await audit(asAuthor, { action: 'caringContacts.send', clientId: contact.clientId, subjectType: 'caring_contact', subjectId: contact.id });
}

async function authorOf(ctx: Ctx, contact: CaringContactRow): Promise<Actor | undefined> {
  const names = await namesOf(ctx.db, contact.practiceId, [contact.clinicianId]);
  const actor: Actor = {
    userId: contact.clinicianId,
    practiceId: contact.practiceId,
    role: 'clinician',
    name: names.get(contact.clinicianId) ?? '',
    isDemo: false,
  };
  const access = await relationshipsTo(ctx.db, actor, contact.clientId, ctx.clock.now());
  // Being on call is not being in the client's care team: a caring contact comes from someone who knows them.
  const inTeam = new Set([...(access?.relationships ?? [])].filter((r) => r !== 'onCall'));
  return access && allows(clientRules['messages.send'], inTeam, access.scopes) ? actor : undefined;
}
