/** Caring contacts (SPEC §2.6): brief notes that ask for nothing, on a schedule crisis never moves. */
export { listClientCaringContacts, planCaringContacts, editCaringContact, cancelCaringContact, sendCaringNoteNow } from './caring-contacts.service';
export { caringContactJob, CARING_CONTACT_JOB } from './caring-contacts.job';
export { caringContactRoutes } from './caring-contacts.routes';
export { seedCaringContactsDemo } from './caring-contacts.demo';
export { lastCaringSentFor, caringSentBetween, caringContactsSentTo, reattributeCaringContacts } from './caring-contacts.queries';
export { caringContactsTimeline } from './caring-contacts.timeline';
export { eraseCaringContacts } from './caring-contacts.erasure';
