import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/*
 * Private clinical notes (SPEC §2.1, §2.8): the treating clinicians' own record, a separate record
 * type from anything the client sees (psychotherapy notes, CLINICAL.md §5.1). A note is never
 * changed or deleted: a correction is a new version that names the one it replaced.
 */

export const CLINICAL_NOTE_MAX = 20_000;

export const ClinicalNoteText = z.string().trim().min(1, 'Write the note before saving.').max(CLINICAL_NOTE_MAX);

/** One version of a note, as written: who, when and the words. */
export const ClinicalNoteVersion = z.object({
  id: Id,
  /** 1 for the note as first written; each amendment adds one. */
  version: z.number().int().min(1),
  body: z.string(),
  author: z.object({ id: Id, name: z.string() }),
  createdAt: IsoDateTime,
  /** The version this one replaced (the one after it in `versions`); null for the first. */
  replacesId: Id.nullable(),
});
export type ClinicalNoteVersion = z.infer<typeof ClinicalNoteVersion>;

/** A note with every version, newest first: `versions[0]` is the current text, the rest what it replaced. */
export const ClinicalNoteView = z.object({
  id: Id,
  clientId: Id,
  versions: z.array(ClinicalNoteVersion).min(1),
});
export type ClinicalNoteView = z.infer<typeof ClinicalNoteView>;

export const ClinicalNotePageQuery = z.strictObject({
  /** Page backwards from this note (exclusive): pass the previous page's `olderCursor`. */
  before: Id.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ClinicalNotePageQuery = z.infer<typeof ClinicalNotePageQuery>;

/** A client's notes, newest first (by when each was first written). */
export const ClinicalNoteList = z.object({
  notes: z.array(ClinicalNoteView),
  /** Pass as `before` for the next, older page; null when there is none. */
  olderCursor: Id.nullable(),
  can: z.object({ write: z.boolean() }),
});
export type ClinicalNoteList = z.infer<typeof ClinicalNoteList>;

export const WriteClinicalNoteBody = z.strictObject({ body: ClinicalNoteText });
export type WriteClinicalNoteBody = z.infer<typeof WriteClinicalNoteBody>;

export const AmendClinicalNoteBody = z.strictObject({
  body: ClinicalNoteText,
  /** The version the correction replaces: 409 when the note has been amended since. */
  baseVersion: z.number().int().min(1),
});
export type AmendClinicalNoteBody = z.infer<typeof AmendClinicalNoteBody>;

export const ClinicalNoteParams = z.strictObject({ clientId: Id, noteId: Id });

/** One note, as read, written or amended. */
export const ClinicalNoteResponse = z.object({ note: ClinicalNoteView });
export type ClinicalNoteResponse = z.infer<typeof ClinicalNoteResponse>;
