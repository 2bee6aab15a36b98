import { DISTRESS_RESPONSE_HOURS, type CareBalanceWeek, type CareContactCounts } from '@steadfast/contracts';

/** What the balance is counted from: times and kinds only, never what anyone wrote. */
export interface ContactEvents {
  clientMessages: { clientId: string; at: Date; distress: boolean }[];
  /** Clinician messages that are not caring notes. */
  clinicianMessages: { clientId: string; at: Date }[];
  caringNotes: { clientId: string; at: Date }[];
  reassuranceNotes: { clientId: string; at: Date }[];
  flags: { clientId: string; at: Date }[];
}

const WINDOW_MS = DISTRESS_RESPONSE_HOURS * 3_600_000;

export function emptyCounts(): CareContactCounts {
  return { clientRoutine: 0, clientDistress: 0, caringNotes: 0, clinicianRoutine: 0, clinicianAfterDistress: 0, notDistressShare: null };
}

/**
 * Counts contact per week and per client. A clinician reply or note within 48 hours after the
 * same client's distress (a distress message or a flag) is a response to it; a caring note never
 * is: it was written ahead on a schedule that distress does not move.
 */
export function countContacts(events: ContactEvents, weekStarts: readonly string[]): { weeks: CareBalanceWeek[]; byClient: Map<string, CareContactCounts> } {
  const weeks = new Map(weekStarts.map((w) => [w, emptyCounts()]));
  const byClient = new Map<string, CareContactCounts>();
  const distress = distressTimes(events);
  const add = (clientId: string, at: Date, key: Exclude<keyof CareContactCounts, 'notDistressShare'>) => {
    const week = weeks.get(weekStartOf(at));
    if (!week) return; // outside the period (read only as context for the 48 hours before it)
    week[key] += 1;
    const client = byClient.get(clientId) ?? emptyCounts();
    client[key] += 1;
    byClient.set(clientId, client);
  };
  for (const m of events.clientMessages) add(m.clientId, m.at, m.distress ? 'clientDistress' : 'clientRoutine');
  for (const c of events.caringNotes) add(c.clientId, c.at, 'caringNotes');
  for (const c of [...events.clinicianMessages, ...events.reassuranceNotes]) {
    add(c.clientId, c.at, followsDistress(distress.get(c.clientId) ?? [], c.at) ? 'clinicianAfterDistress' : 'clinicianRoutine');
  }
  for (const counts of [...weeks.values(), ...byClient.values()]) withShare(counts);
  return { weeks: [...weeks].map(([weekStart, counts]) => ({ weekStart, ...counts })), byClient };
}

/** Sums counts (a period's total) and sets its share. */
export function totalOf(all: readonly CareContactCounts[]): CareContactCounts {
  const total = emptyCounts();
  for (const c of all) {
    total.clientRoutine += c.clientRoutine;
    total.clientDistress += c.clientDistress;
    total.caringNotes += c.caringNotes;
    total.clinicianRoutine += c.clinicianRoutine;
    total.clinicianAfterDistress += c.clinicianAfterDistress;
  }
  return withShare(total);
}

function withShare(c: CareContactCounts): CareContactCounts {
  const clinician = c.caringNotes + c.clinicianRoutine + c.clinicianAfterDistress;
  c.notDistressShare = clinician === 0 ? null : Math.round(((c.caringNotes + c.clinicianRoutine) / clinician) * 1000) / 1000;
  return c;
}

function distressTimes(events: ContactEvents): Map<string, number[]> {
  const times = new Map<string, number[]>();
  const push = (clientId: string, at: Date) => times.set(clientId, [...(times.get(clientId) ?? []), at.getTime()]);
  for (const m of events.clientMessages) if (m.distress) push(m.clientId, m.at);
  for (const f of events.flags) push(f.clientId, f.at);
  return times;
}

function followsDistress(times: readonly number[], at: Date): boolean {
  const t = at.getTime();
  return times.some((d) => d <= t && t - d <= WINDOW_MS);
}

/** The Monday (UTC) of the week an instant falls in. */
export function weekStartOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The Mondays of the last `weeks` weeks up to and including the one `now` is in, oldest first. */
export function lastWeeks(now: Date, weeks: number): string[] {
  const current = Date.parse(`${weekStartOf(now)}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) => new Date(current - (weeks - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10));
}
