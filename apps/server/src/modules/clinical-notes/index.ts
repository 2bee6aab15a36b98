/** The clinical-notes module's public face (SPEC §2.1, §2.8): private notes, append-only with amendments. */
export { listClinicalNotes, getClinicalNote, writeClinicalNote, amendClinicalNote } from './clinical-notes.service';
export { clinicalNoteRoutes } from './clinical-notes.routes';
export { seedClinicalNotesDemo } from './clinical-notes.demo';
export { clinicalNotesTimeline } from './clinical-notes.timeline';
export { eraseClinicalNotes, lastClinicalNoteAt } from './clinical-notes.erasure';
