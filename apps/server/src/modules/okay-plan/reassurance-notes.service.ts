import type { ReassuranceNoteKind, ReassuranceNoteList, ReassuranceNoteView, WriteReassuranceNoteBody } from '@steadfast/contracts';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules, type ClientAction } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { conflict, notFound } from '../../http/errors';
import { audit } from '../audit';
import { careTeamsOf, clientsWithNames } from '../care-teams';
import { notifyPerson } from '../notifications';
import {
  answerOpenRequests,
  findNote,
  findOpenRequest,
  insertNote,
  insertRequest,
  listNotes,
  setNotePinned,
  type ReassuranceNoteRow,
} from './okay-plan.queries';
import { requestAlreadyOpenMessage } from './okay-plan.words';
import { namesOf } from '../../access/people';

/** The notes the caller may see (the route checked 'reassuranceNotes.read'): a note to self only for the client. */
export async function listReassuranceNotes(ctx: Ctx, clientId: string): Promise<ReassuranceNoteList> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const { practiceId } = ctx.actor;
    const isClient = ctx.actor.role === 'client';
    const kinds: ReassuranceNoteKind[] = isClient ? ['clinician', 'self'] : ['clinician'];
    const rows = await listNotes(tx, practiceId, clientId, kinds);
    const openRequest = await findOpenRequest(tx, practiceId, clientId);
    const can = await abilities(txCtx, clientId);
    await audit(txCtx, { action: 'reassuranceNotes.read', clientId, subjectType: 'reassurance_notes', subjectId: clientId });
    return {
      notes: await toViews(txCtx, rows),
      openRequest: openRequest ? { id: openRequest.id, createdAt: openRequest.createdAt.toISOString() } : null,
      can,
    };
  });
}

/**
 * A clinician writes the client a note to keep ('reassuranceNotes.write'). It answers any open
 * request, and the client is told in the app (e-mail and push say only that there is a note).
 */
export async function writeReassuranceNote(ctx: Ctx, clientId: string, body: WriteReassuranceNoteBody): Promise<ReassuranceNoteView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    const note = await insertNote(tx, {
      practiceId: ctx.actor.practiceId,
      clientId,
      kind: 'clinician',
      authorId: ctx.actor.userId,
      body: body.body,
      pinnedAt: body.pinned ? now : null,
      createdAt: now,
    });
    await answerOpenRequests(tx, ctx.actor.practiceId, clientId, note.id, now);
    await audit(txCtx, { action: 'reassuranceNote.write', clientId, subjectType: 'reassurance_note', subjectId: note.id });
    const [client] = await clientsWithNames(tx, ctx.actor.practiceId, [clientId]);
    if (client) await notifyPerson(txCtx, { userId: client.userId, kind: 'reassurance_note', clientId, subjectId: note.id });
    const [view] = await toViews(txCtx, [note]);
    return view!;
  });
}

/** The client writes a note to their future self ('reassuranceNotes.own'); nobody else sees it. */
export async function writeNoteToSelf(ctx: Ctx, clientId: string, body: WriteReassuranceNoteBody): Promise<ReassuranceNoteView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    const note = await insertNote(tx, {
      practiceId: ctx.actor.practiceId,
      clientId,
      kind: 'self',
      authorId: ctx.actor.userId,
      body: body.body,
      pinnedAt: body.pinned ? now : null,
      createdAt: now,
    });
    await audit(txCtx, { action: 'reassuranceNote.writeToSelf', clientId, subjectType: 'reassurance_note', subjectId: note.id });
    const [view] = await toViews(txCtx, [note]);
    return view!;
  });
}

/** The client pins or unpins a note on their home ('reassuranceNotes.own'). */
export async function pinReassuranceNote(ctx: Ctx, clientId: string, noteId: string, pinned: boolean): Promise<ReassuranceNoteView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const note = await findNote(tx, ctx.actor.practiceId, clientId, noteId);
    if (!note) throw notFound('note');
    const pinnedAt = pinned ? (note.pinnedAt ?? ctx.clock.now()) : null;
    await setNotePinned(tx, ctx.actor.practiceId, noteId, pinnedAt);
    await audit(txCtx, { action: pinned ? 'reassuranceNote.pin' : 'reassuranceNote.unpin', clientId, subjectType: 'reassurance_note', subjectId: noteId });
    const [view] = await toViews(txCtx, [{ ...note, pinnedAt }]);
    return view!;
  });
}

/**
 * The client asks for a new note ('reassuranceNotes.own'): a gentle request, not a message, so
 * no reply window runs; the primary clinician is told. One open request at a time.
 */
export async function requestReassuranceNote(ctx: Ctx, clientId: string): Promise<{ id: string; createdAt: string }> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const now = ctx.clock.now();
    if (await findOpenRequest(tx, ctx.actor.practiceId, clientId)) throw conflict(requestAlreadyOpenMessage);
    const request = await insertRequest(tx, ctx.actor.practiceId, clientId, now);
    await audit(txCtx, { action: 'reassuranceNote.request', clientId, subjectType: 'reassurance_note_request', subjectId: request.id });
    const team = (await careTeamsOf(tx, ctx.actor.practiceId, [clientId], now)).get(clientId) ?? [];
    const primary = team.find((m) => m.isPrimary);
    if (primary) await notifyPerson(txCtx, { userId: primary.clinicianId, kind: 'reassurance_note_requested', clientId, subjectId: request.id });
    return { id: request.id, createdAt: request.createdAt.toISOString() };
  });
}

async function abilities(ctx: Ctx, clientId: string): Promise<ReassuranceNoteList['can']> {
  const access = await relationshipsTo(ctx.db, ctx.actor, clientId, ctx.clock.now());
  const can = (action: ClientAction) => Boolean(access && allows(clientRules[action], access.relationships, access.scopes));
  const own = can('reassuranceNotes.own');
  return { write: can('reassuranceNotes.write'), writeToSelf: own, pin: own, request: own };
}

async function toViews(ctx: Ctx, rows: ReassuranceNoteRow[]): Promise<ReassuranceNoteView[]> {
  const names = await namesOf(
    ctx.db,
    ctx.actor.practiceId,
    rows.map((r) => r.authorId),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    body: r.body,
    author: { id: r.authorId, name: names.get(r.authorId) ?? '' },
    createdAt: r.createdAt.toISOString(),
    pinned: r.pinnedAt !== null,
  }));
}
