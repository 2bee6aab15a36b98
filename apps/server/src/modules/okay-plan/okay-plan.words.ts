/** Said when two people edited at once; carries no plan content (errors never do). */
export const staleOkayPlanMessage =
  'Your okay plan was changed by someone else since you opened it. Your changes are not lost: please look at the newer version and save again.';

/** Said when a client asks for a new note while an earlier request is still open: nothing is wrong with asking. */
export const requestAlreadyOpenMessage =
  'You have already asked for a new note, and your care team has been told. It will come; there is no need to ask again.';
