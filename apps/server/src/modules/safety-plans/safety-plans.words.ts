/**
 * Words the server puts into a safety plan. The on-call route names the role, not a person:
 * the rota changes, and the plan must stay true on paper. Lower case: it reads inside a
 * sentence ("When my care team is away: the on-call clinician at …").
 */
export function onCallLabel(practiceName: string): string {
  return `the on-call clinician at ${practiceName}`;
}

/** Said when two people edited at once; carries no plan content (STYLE.md: errors never do). */
export const staleVersionMessage =
  'The safety plan was changed by someone else since you opened it. Your changes were not saved yet: please look at the newer version and save again.';
