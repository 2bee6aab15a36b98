import Holidays from 'date-holidays';

/**
 * Public holidays from a maintained library (`date-holidays`, pinned): a practice's calendar is
 * its country and, where holidays differ within it, its region ("GB-ENG", "US-NY"), or "none".
 * Bank and public holidays close the practice; observances (Mother's Day) do not.
 */
export type HolidayRegion = string;

const REGION = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;

/** Names kept from the hand-written list this replaced, so stored policies keep working. */
const LEGACY: Record<string, string> = { 'england-and-wales': 'GB-ENG' };

export function normaliseRegion(region: string): string {
  return LEGACY[region] ?? region;
}

/** True for "none" and for a country (and region) the library knows. */
export function isKnownRegion(region: string): boolean {
  const code = normaliseRegion(region);
  if (code === 'none') return true;
  const m = REGION.exec(code);
  if (!m) return false;
  const library = new Holidays();
  const countries = library.getCountries() ?? {};
  if (!(m[1]! in countries)) return false;
  return !m[2] || m[2] in (library.getStates(m[1]!) ?? {});
}

/** England's bank holidays for the UK (Scotland and Northern Ireland choose theirs in the policy). */
export function defaultHolidayRegion(country: string): HolidayRegion {
  if (country === 'GB') return 'GB-ENG';
  return REGION.test(country) ? country : 'none';
}

/** The public and bank holidays of one year, as local dates (YYYY-MM-DD), substitute days included. */
export function publicHolidays(region: HolidayRegion, year: number): string[] {
  const code = normaliseRegion(region);
  const m = REGION.exec(code);
  if (!m) return [];
  const library = m[2] ? new Holidays(m[1]!, m[2]) : new Holidays(m[1]!);
  return (library.getHolidays(year) || []).filter((h) => h.type === 'public' || h.type === 'bank').map((h) => h.date.slice(0, 10));
}

/**
 * The days a practice is closed: its region's holidays, worked out a year at a time as they are
 * asked for (so a calendar never runs out), and the practice's own closure days.
 */
export function closedDaysOf(region: HolidayRegion, extra: readonly string[]): { has(day: string): boolean } {
  const years = new Map<number, ReadonlySet<string>>();
  const own = new Set(extra);
  return {
    has(day: string) {
      if (own.has(day)) return true;
      const year = Number(day.slice(0, 4));
      let found = years.get(year);
      if (!found) {
        found = new Set(publicHolidays(region, year));
        years.set(year, found);
      }
      return found.has(day);
    },
  };
}
