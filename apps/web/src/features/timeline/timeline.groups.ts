import type { TimelineKind } from '@steadfast/contracts';

/** How the filter gathers kinds: a clinician thinks "messages", not "caring_contact". */
export const timelineGroups = {
  messages: ['message', 'caring_contact'],
  checkins: ['checkin'],
  measures: ['measure'],
  flags: ['flag', 'flag_acknowledged'],
  sessions: ['appointment', 'appointment_request'],
  plans: ['safety_plan', 'okay_plan', 'agreement'],
  notes: ['clinical_note'],
  team: ['care_team', 'handover', 'discharge'],
} as const satisfies Record<string, readonly TimelineKind[]>;
export type TimelineGroup = keyof typeof timelineGroups;

/** The groups with at least one kind this caller may see, in the filter's order. */
export function groupsFor(visible: readonly TimelineKind[]): TimelineGroup[] {
  return (Object.keys(timelineGroups) as TimelineGroup[]).filter((g) => timelineGroups[g].some((k) => visible.includes(k)));
}

/** The kinds to ask for: every visible kind of the chosen groups, or null for all. */
export function kindsFor(chosen: readonly TimelineGroup[], visible: readonly TimelineKind[]): TimelineKind[] | null {
  const all = groupsFor(visible);
  if (chosen.length === 0 || all.every((g) => chosen.includes(g))) return null;
  return chosen.flatMap((g) => timelineGroups[g].filter((k) => visible.includes(k)));
}
