import type { AmendClinicalNoteBody, ClinicalNoteList, ClinicalNotePageQuery, ClinicalNoteView, WriteClinicalNoteBody } from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import { namesOf } from '../../access/people';
import { withDb, type Ctx } from '../../http/context';
import { conflict, notFound } from '../../http/errors';
import { audit } from '../audit';
import { findNoteVersions, insertNoteVersionIfFree, pageOfNotes, versionsOf, type ClinicalNoteRow } from './clinical-notes.queries';
import { toNoteView } from './clinical-notes.views';
import { staleAmendmentMessage } from './clinical-notes.words';

/*
 * Private clinical notes (SPEC §2.1, §2.8). The routes checked 'notes.read' or 'notes.write' on the
 * client (the client themselves is told nothing exists: access/rules.ts). There is no use case that
 * changes or removes a version, and the table's trigger refuses both: a correction is an amendment.
 * Every read and every write leaves an audit row in its own transaction (CLINICAL.md §5.1 (b)).
 */

/** One page of the client's notes, newest first, each with every version it has had. */
export async function listClinicalNotes(ctx: Ctx, clientId: string, query: ClinicalNotePageQuery): Promise<ClinicalNoteList> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const { practiceId } = ctx.actor;
    const before = query.before ? (await findNoteVersions(tx, practiceId, clientId, query.before)).at(-1) : undefined;
    if (query.before && !before) throw notFound('note');
    const firsts = await pageOfNotes(tx, practiceId, clientId, query.limit + 1, before);
    const page = firsts.slice(0, query.limit);
    const notes = await viewsOf(
      txCtx,
      page.map((n) => n.noteId),
    );
    await audit(txCtx, { action: 'notes.read', clientId, subjectType: 'clinical_notes', subjectId: clientId });
    return {
      notes,
      olderCursor: firsts.length > query.limit ? page.at(-1)!.noteId : null,
      can: { write: await canOnClient(txCtx, 'notes.write', clientId) },
    };
  });
}

/** One note with every version; another client's or an unknown note is not found. */
export async function getClinicalNote(ctx: Ctx, clientId: string, noteId: string): Promise<ClinicalNoteView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const versions = await findNoteVersions(tx, ctx.actor.practiceId, clientId, noteId);
    if (versions.length === 0) throw notFound('note');
    await audit(txCtx, { action: 'note.read', clientId, subjectType: 'clinical_note', subjectId: noteId });
    return toNoteView(versions, await namesOf(tx, ctx.actor.practiceId, authorsOf(versions)));
  });
}

/** A treating clinician writes a new note, in their words. */
export async function writeClinicalNote(ctx: Ctx, clientId: string, body: WriteClinicalNoteBody): Promise<ClinicalNoteView> {
  return ctx.db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const row = await insertNoteVersionIfFree(tx, {
      practiceId: ctx.actor.practiceId,
      id,
      noteId: id,
      clientId,
      version: 1,
      replacesId: null,
      authorId: ctx.actor.userId,
      body: body.body,
      createdAt: ctx.clock.now(),
    });
    await audit(withDb(ctx, tx), { action: 'note.write', clientId, subjectType: 'clinical_note', subjectId: id });
    return toNoteView([row!], await namesOf(tx, ctx.actor.practiceId, [ctx.actor.userId]));
  });
}

/**
 * A correction: a new version that replaces the current one, which stays on the record with who
 * wrote it and when. A `baseVersion` that is no longer current is a 409, so nobody amends words
 * they have not seen; two amendments of one version race on the unique chain and one gets the 409.
 */
export async function amendClinicalNote(ctx: Ctx, clientId: string, noteId: string, body: AmendClinicalNoteBody): Promise<ClinicalNoteView> {
  return ctx.db.transaction(async (tx) => {
    const { practiceId } = ctx.actor;
    const versions = await findNoteVersions(tx, practiceId, clientId, noteId);
    const current = versions[0];
    if (!current) throw notFound('note');
    const stale = () => conflict(staleAmendmentMessage, { currentVersion: current.version });
    if (body.baseVersion !== current.version) throw stale();
    const row = await insertNoteVersionIfFree(tx, {
      practiceId,
      noteId,
      clientId,
      version: current.version + 1,
      replacesId: current.id,
      authorId: ctx.actor.userId,
      body: body.body,
      createdAt: ctx.clock.now(),
    });
    if (!row) throw stale();
    await audit(withDb(ctx, tx), { action: 'note.amend', clientId, subjectType: 'clinical_note', subjectId: row.id });
    const all = [row, ...versions];
    return toNoteView(all, await namesOf(tx, practiceId, authorsOf(all)));
  });
}

async function viewsOf(ctx: Ctx, noteIds: readonly string[]): Promise<ClinicalNoteView[]> {
  const rows = await versionsOf(ctx.db, ctx.actor.practiceId, noteIds);
  const names = await namesOf(ctx.db, ctx.actor.practiceId, authorsOf(rows));
  return noteIds.map((id) =>
    toNoteView(
      rows.filter((r) => r.noteId === id),
      names,
    ),
  );
}

function authorsOf(rows: readonly ClinicalNoteRow[]): string[] {
  return [...new Set(rows.map((r) => r.authorId))];
}
