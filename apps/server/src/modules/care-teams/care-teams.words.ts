import type { CareScope } from '@steadfast/contracts';

/** What each scope lets a member see, in the client's words. */
const scopeWords: Record<CareScope, string> = {
  safety_plan: 'safety plan',
  measures: 'questionnaires',
  appointments: 'appointments',
  checkins: 'check-ins',
  messages: 'messages',
  notes: 'session notes',
};

/** "your safety plan and check-ins", in the order the scopes are listed. */
export function scopesInWords(scopes: readonly CareScope[]): string {
  const words = scopes.map((s) => scopeWords[s]);
  if (words.length <= 1) return `your ${words[0] ?? ''}`.trim();
  return `your ${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "12 March", in the client's own time zone. */
export function dayInWords(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone }).format(at);
}

export interface ChangeFacts {
  change: 'added' | 'updated' | 'ended';
  name: string;
  scopes: readonly CareScope[];
  startsAt: Date;
  endsAt: Date | null;
  now: Date;
  timeZone: string;
}

/** The client's notice for one change to their care team: who, and what they can see now. Plain and warm, never alarming. */
export function careTeamNotice(f: ChangeFacts): string {
  const from = (at: Date) => (at.getTime() <= f.now.getTime() ? 'from today' : `from ${dayInWords(at, f.timeZone)}`);
  if (f.change === 'ended' || (f.endsAt && f.endsAt.getTime() <= f.now.getTime())) {
    return `${f.name} is no longer part of your care team ${from(f.endsAt ?? f.now)}`;
  }
  const sees = f.scopes.length > 0 ? `can see ${scopesInWords(f.scopes)}` : 'is part of your care team, without access to your plans, check-ins or messages';
  if (f.change === 'added') {
    const joins = f.startsAt.getTime() > f.now.getTime() ? `joins your care team from ${dayInWords(f.startsAt, f.timeZone)}` : 'has joined your care team';
    return f.scopes.length > 0 ? `${f.name} ${joins} and ${sees}` : `${f.name} ${joins}`;
  }
  const until = f.endsAt ? `, until ${dayInWords(f.endsAt, f.timeZone)}` : '';
  return f.scopes.length > 0 ? `${f.name} can now ${sees.slice('can '.length)}${until}` : `${f.name} ${sees}${until}`;
}

export const careTeamErrors = {
  primary: 'The primary clinician stays on the care team until a handover to a new clinician, which is a separate step.',
  alreadyMember: 'This clinician is already on the care team: change their scopes or end date instead.',
  notMember: 'care-team member',
  clinician: 'clinician',
  startInPast: 'The start date cannot be in the past.',
  endInPast: 'The end date cannot be in the past.',
  endBeforeStart: 'The end date must come after the start date.',
} as const;

export const handoverErrors = {
  noPrimary: 'This client has no primary clinician to hand over from.',
  alreadyPlanned: 'A handover or an end date is already planned for the primary clinician: cancel it first.',
  samePerson: 'Choose another clinician: this is the current primary clinician.',
  alreadyMember: 'This clinician is already on the care team: end their current place first, then hand over.',
  endBeforeStart: 'The overlap must end after it starts.',
  completed: 'This handover has already completed.',
} as const;
