/** Clinicians and admins use two-factor sign-in (SPEC §2.12); demo people are exempt (SPEC §3). */
export function mustEnrolTotp(user: { role: string; isDemo: boolean; totpEnabledAt: Date | null }): boolean {
  return user.role !== 'client' && !user.isDemo && !user.totpEnabledAt;
}
