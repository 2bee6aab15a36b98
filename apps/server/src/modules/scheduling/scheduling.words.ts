/**
 * Words for clients and clinicians about appointments and step-down plans: warm, plain, never
 * blaming (CLINICAL.md §3.7, §4.2). Fewer sessions is never framed as an ending, and stepping
 * back up is care, not failure.
 */

export const slotTakenMessage = 'That time has just been taken. Please choose another time.';
export const tooSoonMessage = (hours: number) =>
  `Requests need at least ${hours} hour${hours === 1 ? '' : 's'} of notice. If it can't wait, send a message and your care team will see it.`;
export const requestsOffMessage = 'Appointments are arranged with your therapist in session or by message.';
export const pastTimeMessage = 'That time has already passed.';
export const notASeriesMessage = 'This appointment is not part of a series.';

/** The calendar feed: what it shows, and that calendar apps may take a day to refresh. */
export const feedRefreshNote =
  'Add this address to your calendar app as a subscription. Calendar apps refresh on their own schedule, so a change can take up to a day to appear. Keep the address private: anyone with it can see your appointment times.';
/** The only words an event carries: no clinical content leaves the app (SPEC §2.4). */
export const feedEventSummary = (clinicianFirstName: string) => `Appointment with ${clinicianFirstName}`;
export const feedCalendarName = 'Steadfast appointments';

/** The promise every client sees with a step-down plan. */
export const stepDownPromise =
  'Fewer sessions is not the end of care. Your therapist is still here, messages stay open, and if things get harder we can go back to meeting more often — together, at any time.';
export const steppedUpWords = 'We are meeting more often again for now. That is care doing its job, not a step backwards.';

export const signalDetail = {
  soon_messages: (n: number) => `${n} ‘soon’ messages in the last 7 days`,
  checkins_below_baseline: (days: number, moods: readonly number[], low: number) =>
    `Mood below their usual range ${days} days running (${moods.join(', ')}; usually ${low} or more)`,
} as const;

export const signalName = {
  soon_messages: 'Three ‘soon’ messages in a week',
  checkins_below_baseline: 'Check-ins below their usual range for 5 days',
} as const;
