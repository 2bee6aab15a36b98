/**
 * Public holidays as data, by region (local calendar dates). Source: GOV.UK "UK bank holidays"
 * for England and Wales, 2026–2027, including the substitute days when Christmas or Boxing Day
 * falls at a weekend. Add the next years here before they start; a practice can add its own
 * closure days in its policy (`extraClosedDays`).
 */
export const bankHolidays = {
  'england-and-wales': [
    '2026-01-01', // New Year's Day
    '2026-04-03', // Good Friday
    '2026-04-06', // Easter Monday
    '2026-05-04', // Early May bank holiday
    '2026-05-25', // Spring bank holiday
    '2026-08-31', // Summer bank holiday
    '2026-12-25', // Christmas Day
    '2026-12-28', // Boxing Day (substitute day)
    '2027-01-01', // New Year's Day
    '2027-03-26', // Good Friday
    '2027-03-29', // Easter Monday
    '2027-05-03', // Early May bank holiday
    '2027-05-31', // Spring bank holiday
    '2027-08-30', // Summer bank holiday
    '2027-12-27', // Christmas Day (substitute day)
    '2027-12-28', // Boxing Day (substitute day)
  ],
  none: [],
} as const satisfies Record<string, readonly string[]>;

export type HolidayRegion = keyof typeof bankHolidays;
export const holidayRegions = Object.keys(bankHolidays) as HolidayRegion[];

/** The default holiday calendar for a practice's country; none where we hold no data yet. */
export function defaultHolidayRegion(country: string): HolidayRegion {
  return country === 'GB' ? 'england-and-wales' : 'none';
}
