/** Words the clinical-notes module answers with (never the note's own text: errors carry no clinical content). */
export const staleAmendmentMessage = 'This note has been amended since you opened it. Read the latest version, then amend that.';
