import type { CheckinView } from '@steadfast/contracts';
import type { CheckinRow } from './check-ins.queries';

/** A check-in as the caller may see it: the screen result goes to clinicians only, never to the client. */
export function toCheckinView(row: CheckinRow, forClinician: boolean): CheckinView {
  return {
    id: row.id,
    clientId: row.clientId,
    date: row.date,
    enteredOn: row.enteredOn,
    mood: row.mood,
    urges: row.urges,
    actedOn: row.actedOn,
    medication: row.medication,
    note: row.note,
    emotions: row.emotions,
    skills: row.skills,
    water: row.water,
    meals: row.meals,
    sleepHours: row.sleepHours,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(forClinician ? { risk: { level: row.riskLevel, reasons: row.riskReasons.map(({ construct, phrase }) => ({ construct, phrase })) } } : {}),
  };
}
