/**
 * Words a client reads from check-ins: warm, plain, never blaming (CLINICAL.md §4.2). Validation
 * messages say what to do, not what went wrong.
 */
export const checkinWords = {
  futureDay: 'That day has not come yet. You can fill in today or a day just gone.',
  tooLongAgo: (days: number) =>
    days === 0
      ? 'Check-ins are for today. Missed days simply stay empty, and that is fine.'
      : `You can fill in the last ${days} days. Older days simply stay empty, and that is fine.`,
  unknownNames: (field: string) => `Some ${field} are not part of this check-in. Ask your clinician if you would like them added.`,
  itemOff: (item: string) => `This check-in does not ask about ${item} at the moment.`,
  notToday: 'Reminder times need a time like 20:30.',
};

/** The catalogue's defaults: our own wording (CLINICAL.md §2.5), agreed and changed with the clinician. */
export const defaultCatalogue = {
  coreUrges: [
    { key: 'selfHarm', label: 'Urge to hurt myself' },
    { key: 'sabotage', label: 'Urge to drop my own care' },
  ],
  emotions: [
    { key: 'sadness', label: 'Sadness' },
    { key: 'anxiety', label: 'Worry or fear' },
    { key: 'anger', label: 'Anger' },
    { key: 'shame', label: 'Shame' },
    { key: 'joy', label: 'Joy' },
  ],
  skills: [
    { key: 'slowBreathing', label: 'Slow breathing' },
    { key: 'reachingOut', label: 'Reaching out to someone' },
    { key: 'grounding', label: 'Grounding (noticing what is around me)' },
    { key: 'absorbingActivity', label: 'Doing something absorbing' },
    { key: 'kindSelfTalk', label: 'Speaking kindly to myself' },
  ],
};
