import type { ErasureRecordKind } from '@steadfast/contracts';

/** Plain words for each kind of record, as the client reads them in the e-mail that tells them what was kept. */
const kindWords: Record<ErasureRecordKind, string> = {
  account: 'your account (your name and e-mail address)',
  sessions: 'your signed-in devices',
  passwordResets: 'password reset links',
  invitations: 'your invitation',
  notifications: 'notices and alerts',
  notificationSettings: 'your notice settings, including any phone number',
  pushSubscriptions: 'your devices’ notification settings',
  mail: 'e-mails we sent you',
  pendingJobs: 'reminders waiting to be sent',
  careTeam: 'who was on your care team, and when',
  safetyPlanVersions: 'your safety plan',
  agreements: 'your contact agreement',
  contactPauses: 'pauses in contact',
  riskFlags: 'notes your clinicians made about keeping you safe',
  riskFormulations: 'your clinicians’ safety assessments',
  messages: 'your messages',
  messageReceipts: 'when messages were read',
  appointments: 'your appointments',
  appointmentRequests: 'appointment requests you made',
  bookingSettings: 'booking settings',
  calendarFeeds: 'your calendar link',
  stepDownPlans: 'plans for stepping sessions down',
  measures: 'your questionnaire scores (PHQ-9, GAD-7)',
  measureSchedules: 'questionnaire reminders',
  checkins: 'your check-ins',
  checkinSettings: 'your check-in settings and reminders',
  caringContacts: 'caring messages planned for you',
  okayPlanVersions: 'your okay plan',
  reassuranceNotes: 'reassurance notes',
  stabilitySettings: 'settings for noticing steady stretches',
  clinicalNotes: 'your clinicians’ notes',
  handovers: 'handovers between clinicians',
  discharges: 'the ending of your care',
  reentryRequests: 'requests to come back',
  peerSpace: 'what you shared in the peer space',
};

export interface ErasureMailFacts {
  practiceName: string;
  removed: ErasureRecordKind[];
  pseudonymised: ErasureRecordKind[];
  kept: ErasureRecordKind[];
  /** The day the kept record goes, in words; null when nothing is kept. */
  keptUntil: string | null;
  retentionYears: number;
}

/** The e-mail that tells the client their record was erased: what went, what stays, why and for how long (CLINICAL.md §5.2). */
export const erasureWords = {
  day: (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at),
  subject: (practiceName: string) => `Your record at ${practiceName}: what we removed and what we keep`,
  text(f: ErasureMailFacts): string {
    const list = (kinds: ErasureRecordKind[]) => kinds.map((k) => `  - ${kindWords[k]}`).join('\n');
    const removed = [...f.removed, ...f.pseudonymised.filter((k) => !f.removed.includes(k))];
    const parts = [
      'Hello,',
      `You asked ${f.practiceName} to erase your record, and we have now done that. Thank you for telling us what you wanted.`,
      `What we removed:\n${list(removed)}`,
    ];
    if (f.pseudonymised.length > 0) parts.push(`For these we kept only that they happened and when, with your own words taken out:\n${list(f.pseudonymised)}`);
    if (f.keptUntil && f.kept.length > 0)
      parts.push(
        `What we keep, and why:\n${list(f.kept)}\n\nHealth services must keep a clinical record for ${f.retentionYears} years after someone's last contact with them, so that care can be looked back on safely if you, or anyone caring for you, ever needs it. Only the clinicians who cared for you can read it. We will remove it on ${f.keptUntil}.`,
      );
    else parts.push('We did not need to keep anything else: the time we must keep a clinical record for has passed.');
    parts.push(
      'Your account is closed, so you can no longer sign in, and this is the last e-mail we will send to this address.',
      `If you ever want to talk about your care, or to come back, ${f.practiceName} will be glad to hear from you. If you need help right now, please call your local emergency number or a crisis line.`,
    );
    return parts.join('\n\n');
  },
};

export const erasureErrors = {
  noRequest: 'There is no request to erase this record.',
  nothingToWithdraw: 'There is no request to withdraw.',
  alreadyErased: 'This record has already been erased, so the request can no longer be withdrawn.',
} as const;
