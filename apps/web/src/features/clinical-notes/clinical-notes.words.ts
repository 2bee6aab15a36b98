/*
 * Words for private clinical notes (SPEC §2.1, §2.8). Clinicians read these, never the client:
 * they say plainly who can see the notes and that nothing written is ever lost or overwritten.
 */
export const clinicalNotesWords = {
  link: 'Clinical notes',
  title: (name: string) => `Clinical notes: ${name}`,
  intro:
    'Private to the treating clinicians and care-team members given access to notes. The client never sees them. A note is never changed or deleted: a correction is added as an amendment, and what it replaced stays on the record.',
  listHeading: 'Notes',
  none: 'No notes written yet.',
  loadOlder: 'Show older notes',
  noteLabel: (when: string) => `Note written ${when}`,
  writtenBy: (who: string, when: string) => `Written by ${who}, ${when}`,
  amendedBy: (who: string, when: string) => `Amended by ${who}, ${when}`,
  replacedHeading: (count: number) => (count === 1 ? 'What the amendment replaced' : `What the ${count} amendments replaced`),
  replacedVersion: (version: number, who: string, when: string) => `Version ${version}, written by ${who}, ${when}`,
  amend: 'Amend this note',
  amendLabel: 'Corrected note',
  amendHint: 'The note as it should read. The version you are correcting stays on the record beside it.',
  saveAmendment: 'Save amendment',
  cancel: 'Cancel',
  amended: 'Amended. What it replaced stays with the note.',
  writeHeading: 'Write a note',
  writeLabel: 'New note',
  writeHint: 'For the treating clinicians only. You can amend it later; you cannot delete it.',
  save: 'Save note',
  saved: 'Saved.',
  tooLong: (max: number) => `Please keep a note under ${max.toLocaleString('en-GB')} characters.`,
  formulationHeading: 'Risk formulation',
  formulationNone: 'No risk formulation written yet.',
  formulationLink: 'All risk formulations',
  back: 'Back to the client',
} as const;
