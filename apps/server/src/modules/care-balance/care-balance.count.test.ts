import { describe, expect, it } from 'vitest';
import { countContacts, lastWeeks, weekStartOf, type ContactEvents } from './care-balance.count';

const at = (iso: string) => new Date(iso);
const none = (): ContactEvents => ({ clientMessages: [], clinicianMessages: [], caringNotes: [], reassuranceNotes: [], flags: [] });

describe('counting the care-contact balance', () => {
  it('runs weeks Monday to Sunday and lists the last N oldest first', () => {
    expect(weekStartOf(at('2026-03-08T23:59:00Z'))).toBe('2026-03-02'); // a Sunday
    expect(weekStartOf(at('2026-03-09T00:00:00Z'))).toBe('2026-03-09');
    expect(lastWeeks(at('2026-03-11T10:00:00Z'), 3)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
  });

  it('counts a reply within 48 hours of distress as a response to it, one after as routine; a caring note never', () => {
    const events = none();
    events.clientMessages.push({ clientId: 'a', at: at('2026-03-02T09:00:00Z'), distress: true });
    events.clientMessages.push({ clientId: 'a', at: at('2026-03-03T09:00:00Z'), distress: false });
    events.clinicianMessages.push({ clientId: 'a', at: at('2026-03-04T08:59:00Z') }); // 47h59m after: a response
    events.clinicianMessages.push({ clientId: 'a', at: at('2026-03-04T09:01:00Z') }); // 48h01m after: routine
    events.caringNotes.push({ clientId: 'a', at: at('2026-03-02T10:00:00Z') }); // an hour after distress, still caring
    events.reassuranceNotes.push({ clientId: 'b', at: at('2026-03-02T10:00:00Z') }); // another client's distress does not count
    events.flags.push({ clientId: 'a', at: at('2026-03-10T12:00:00Z') });
    events.reassuranceNotes.push({ clientId: 'a', at: at('2026-03-10T13:00:00Z') }); // after a flag: a response
    const { weeks, byClient } = countContacts(events, ['2026-03-02', '2026-03-09']);
    expect(weeks[0]).toEqual({
      weekStart: '2026-03-02',
      clientRoutine: 1,
      clientDistress: 1,
      caringNotes: 1,
      clinicianRoutine: 2,
      clinicianAfterDistress: 1,
      notDistressShare: 0.75,
    });
    expect(weeks[1]).toMatchObject({ clinicianAfterDistress: 1, notDistressShare: 0 });
    expect(byClient.get('a')).toMatchObject({ caringNotes: 1, clinicianRoutine: 1, clinicianAfterDistress: 2, notDistressShare: 0.5 });
    expect(byClient.get('b')).toMatchObject({ clinicianRoutine: 1, notDistressShare: 1 });
  });

  it('leaves the share empty in a week with no clinician contact, and reads distress before the period only as context', () => {
    const events = none();
    events.clientMessages.push({ clientId: 'a', at: at('2026-03-01T20:00:00Z'), distress: true }); // Sunday before the period
    events.clinicianMessages.push({ clientId: 'a', at: at('2026-03-02T08:00:00Z') });
    const { weeks } = countContacts(events, ['2026-03-02', '2026-03-09']);
    expect(weeks[0]).toMatchObject({ clientDistress: 0, clinicianAfterDistress: 1, notDistressShare: 0 });
    expect(weeks[1]!.notDistressShare).toBeNull();
  });
});
