import type { ClinicalNoteVersion, ClinicalNoteView } from '@steadfast/contracts';
import type { ClinicalNoteRow } from './clinical-notes.queries';

/** A note's versions (newest first) as the clinicians see them; an allow-list of fields. */
export function toNoteView(versions: readonly ClinicalNoteRow[], names: ReadonlyMap<string, string>): ClinicalNoteView {
  const first = versions.at(-1)!;
  return { id: first.noteId, clientId: first.clientId, versions: versions.map((v) => toVersionView(v, names)) };
}

function toVersionView(row: ClinicalNoteRow, names: ReadonlyMap<string, string>): ClinicalNoteVersion {
  return {
    id: row.id,
    version: row.version,
    body: row.body,
    author: { id: row.authorId, name: names.get(row.authorId) ?? '' },
    createdAt: row.createdAt.toISOString(),
    replacesId: row.replacesId,
  };
}
