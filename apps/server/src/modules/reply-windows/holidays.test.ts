import { describe, expect, it } from 'vitest';
import { publicHolidays } from './holidays';
import { calendarOf, readReplyWindowPolicy } from './reply-windows.policy';
import { replyDue } from './reply-windows.service';

describe('public holidays from date-holidays', () => {
  it('knows England and Wales beyond the years anyone typed in, substitute days included', () => {
    const days = publicHolidays('GB-ENG', 2028);
    expect(days).toEqual(
      expect.arrayContaining(['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']),
    );
    expect(days).not.toContain('2028-04-16'); // Easter Sunday is an observance, not a closure
    expect(publicHolidays('GB-ENG', 2027)).toEqual(expect.arrayContaining(['2027-12-27', '2027-12-28']));
  });

  it('knows a US state, with its own days and the observed Independence Day', () => {
    const ny = publicHolidays('US-NY', 2027);
    expect(ny).toEqual(expect.arrayContaining(['2027-07-05', '2027-11-25', '2027-02-12'])); // observed 4 July, Thanksgiving, Lincoln's Birthday
    expect(publicHolidays('US-CA', 2027)).not.toContain('2027-02-12');
  });

  it('keeps a reply window closed over Thanksgiving for a New York practice', () => {
    const policy = readReplyWindowPolicy({ replyWindows: { holidayRegion: 'US-NY' } });
    const calendar = calendarOf(policy, 'America/New_York', 'US');
    // Wednesday 25 Nov 2026, 3 pm: one working day skips Thanksgiving Thursday to Friday 5 pm.
    expect(replyDue(calendar, new Date('2026-11-25T20:00:00Z'), { workingDays: 1 })).toEqual(new Date('2026-11-27T22:00:00Z'));
  });

  it('reads the old region name, and refuses one the library does not know', () => {
    expect(readReplyWindowPolicy({ replyWindows: { holidayRegion: 'england-and-wales' } }).holidayRegion).toBe('GB-ENG');
    expect(readReplyWindowPolicy({ replyWindows: { holidayRegion: 'XX-NOPE' } }).holidayRegion).toBeUndefined();
  });
});
