/**
 * Words of the risk module. None of them is shown to a client: flags, levels and the ladder are
 * for clinicians only (CLINICAL.md §3.2). Words outside the app never carry clinical content.
 */
export const riskWords = {
  alreadyAcknowledged: (name: string) => `${name || 'Someone'} has already acknowledged this flag.`,
} as const;
