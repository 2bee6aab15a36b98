import { DEFAULT_ESCALATION_POLICY, EscalationPolicy } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { findPractice } from '../../access/people';

/**
 * The practice's escalation windows, kept in `practices.policies.escalation`; anything unset takes
 * the default (imminent 5 min, high 30 min). A malformed policy falls back to the defaults rather
 * than stopping a ladder: a late alert is worse than a default window.
 */
export function readEscalationPolicy(policies: Record<string, unknown>): EscalationPolicy {
  const parsed = EscalationPolicy.partial().safeParse(policies.escalation ?? {});
  return { ...DEFAULT_ESCALATION_POLICY, ...(parsed.success ? parsed.data : {}) };
}

/** The escalation policy of one practice. */
export async function escalationPolicyOf(db: Db, practiceId: string): Promise<EscalationPolicy> {
  const practice = await findPractice(db, practiceId);
  return readEscalationPolicy(practice?.policies ?? {});
}

/** How long a flag of this level may wait for an acknowledgement before the ladder's next step. */
export function escalationWindowMs(policy: EscalationPolicy, level: 'concern' | 'high' | 'imminent'): number {
  return (level === 'imminent' ? policy.imminentMinutes : policy.highMinutes) * 60_000;
}
