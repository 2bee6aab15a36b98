import type { NotificationView, Role } from '@steadfast/contracts';

/**
 * Where a notification leads, from what the server records (kind, client, subject): a flag's
 * page for flag notices (subjectId is the flag), the conversation for message and reply-window
 * notices (subjectId is the message). A practice lead who is an admin cannot read flags, and is
 * taken to the on-call rota, to reach whoever is covering. Notices about the contact agreement
 * lead to it, and those about appointments and step-down plans to the appointments page, where
 * the plan's timeline is. Undefined when there is nowhere to go.
 */
export function notificationPath(n: Pick<NotificationView, 'kind' | 'clientId' | 'subjectId'>, role: Role): string | undefined {
  const isFlag = n.kind === 'flag_raised' || n.kind === 'flag_escalated';
  const page = pageOf[n.kind];
  // A handover or discharge is shown on the client's home, and on the client's care-changes page for the team.
  if (n.kind === 'reentry_requested') return '/reentry-requests';
  if (n.kind === 'erasure_requested') return '/erasure-requests';
  if (n.kind === 'care_transition') return role === 'client' ? '/' : n.subjectId ? `/handovers/${encodeURIComponent(n.subjectId)}` : undefined;
  // A client's care-team notice says it all (who, and what they see); a clinician's leads to the team.
  if (n.kind === 'care_team_changed') return role === 'client' || !n.clientId ? undefined : `/clients/${encodeURIComponent(n.clientId)}/care-team`;
  if (role === 'client') return isFlag ? undefined : n.kind === 'reassurance_note' ? '/notes' : page ? `/${page}` : '/messages';
  if (role === 'admin') return isFlag ? '/on-call' : undefined;
  if (isFlag) return n.subjectId ? `/flags/${encodeURIComponent(n.subjectId)}` : '/triage';
  if (n.kind === 'reassurance_note' || n.kind === 'reassurance_note_requested')
    return n.clientId ? `/clients/${encodeURIComponent(n.clientId)}/okay-plan` : undefined;
  return n.clientId ? `/clients/${encodeURIComponent(n.clientId)}/${page ?? 'messages'}` : undefined;
}

/** The page a notice of this kind is about, below the client's own area (or the client's page, for clinicians). */
const pageOf: Partial<Record<NotificationView['kind'], 'agreement' | 'appointments'>> = {
  agreement_proposed: 'agreement',
  agreement_in_force: 'agreement',
  cover_arranged: 'agreement',
  sessions_stepped_up: 'appointments',
  appointment_request: 'appointments',
  appointment_update: 'appointments',
};
