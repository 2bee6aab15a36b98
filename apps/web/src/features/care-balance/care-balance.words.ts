/** Words of the care-contact balance (SPEC §2.6), for the care team and the practice's admin. */
export const balanceWords = {
  heading: 'Care-contact balance',
  intro:
    'How contact was spread, week by week: what the client wrote, and whether your contact followed distress (within 48 hours of a ‘soon’ or ‘crisis’ message or a flag) or came without it.',
  practiceTitle: 'Care-contact balance',
  practiceIntro:
    'Whether the practice’s care arrives only after distress. For each week, the share of clinician contacts (replies, caring notes, reassurance notes) that did not follow distress; then each client, the least balanced first.',
  columns: {
    week: 'Week of',
    clientRoutine: 'Client wrote',
    clientDistress: 'Client in distress',
    caringNotes: 'Caring notes',
    clinicianRoutine: 'Other contact',
    clinicianAfterDistress: 'After distress',
    share: 'Not after distress',
  },
  client: 'Client',
  clientsHeading: 'By client, the least balanced first',
  share: (share: number | null) => (share === null ? 'no contact' : `${Math.round(share * 100)}%`),
  chartLabel: (weeks: number) =>
    `Bar chart of the last ${weeks} weeks: clinician contact that did not follow distress, and contact that did. The table below has the same numbers.`,
  legendUnprompted: 'Not after distress',
  legendDistress: 'After distress',
  noContact: 'No contact in these weeks.',
  total: 'All weeks',
  tableLabel: 'Contact week by week, as a table',
} as const;
