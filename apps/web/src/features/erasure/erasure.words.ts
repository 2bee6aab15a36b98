import type { ErasureRecordKind } from '@steadfast/contracts';

/** Each kind of record in plain words (issue 18), for the client and the admin. */
export const kindWords: Record<ErasureRecordKind, string> = {
  account: 'Your name and e-mail address',
  sessions: 'Signed-in devices',
  passwordResets: 'Password reset links',
  invitations: 'The invitation to join',
  notifications: 'Notices and alerts',
  notificationSettings: 'Notice settings, including any phone number',
  pushSubscriptions: 'Devices’ notification settings',
  mail: 'E-mails sent',
  pendingJobs: 'Reminders waiting to be sent',
  careTeam: 'Who was on the care team, and when',
  safetyPlanVersions: 'Safety plan',
  agreements: 'Contact agreement',
  contactPauses: 'Pauses in contact',
  riskFlags: 'Clinicians’ notes about keeping safe',
  riskFormulations: 'Clinicians’ safety assessments',
  messages: 'Messages',
  messageReceipts: 'When messages were read',
  appointments: 'Appointments',
  appointmentRequests: 'Appointment requests',
  bookingSettings: 'Booking settings',
  calendarFeeds: 'Calendar link',
  stepDownPlans: 'Plans for stepping sessions down',
  measures: 'Questionnaire scores (PHQ-9, GAD-7)',
  measureSchedules: 'Questionnaire reminders',
  checkins: 'Check-ins',
  checkinSettings: 'Check-in settings and reminders',
  caringContacts: 'Caring messages planned',
  okayPlanVersions: 'Okay plan',
  reassuranceNotes: 'Reassurance notes',
  stabilitySettings: 'Settings for noticing steady stretches',
  clinicalNotes: 'Clinicians’ notes',
  handovers: 'Handovers between clinicians',
  discharges: 'How care ended',
  reentryRequests: 'Requests to come back',
  peerSpace: 'What you shared in the peer space',
};

export const erasureWords = {
  client: {
    heading: 'Ask for my record to be erased',
    intro:
      'You can ask us to erase your record. Some of it we must keep for a while, because health services have to keep a clinical record after care ends; the rest is removed. Here is what that would mean for you today.',
    ask: 'Ask for my record to be erased',
    confirmHeading: 'Are you sure?',
    confirmText:
      'Once the practice carries this out, your account closes and you will not be able to sign in again. We will e-mail you to say what was removed and what was kept. You can download a copy of your information above first.',
    confirm: 'Yes, ask for erasure',
    cancel: 'Not now',
    asked: (when: string) =>
      `You asked for your record to be erased on ${when}. The practice will carry it out and e-mail you to say what was removed and what was kept. If you change your mind, please tell your clinician.`,
  },
  admin: {
    title: 'Erasure requests',
    intro: 'Clients who asked for their record to be erased. Check what will be kept and removed, then carry it out. The client is told by e-mail.',
    none: 'No erasure requests.',
    requested: (when: string) => `Asked on ${when}`,
    erased: (when: string) => `Erased on ${when}`,
    show: 'Show what will happen',
    confirm: 'Erase this record',
    confirmHeading: 'Erase this record now?',
    confirmText:
      'This cannot be undone. What the retention rule keeps stays, without the client’s own words; the rest is removed, and the client can no longer sign in.',
    confirmYes: 'Yes, erase it',
    cancel: 'Cancel',
    done: 'Erased. The client has been sent an e-mail saying what was kept.',
  },
  preview: {
    removedHeading: 'Removed',
    pseudonymisedHeading: 'Kept only as a record that it happened, with the words taken out',
    keptHeading: 'Kept',
    keptWhy: (years: number, until: string) =>
      `Health services must keep a clinical record for ${years} years after the last contact, so that care can be looked back on safely. Only the clinicians who gave the care can read it. It will be removed on ${until}.`,
    nothingKept: 'The time a clinical record must be kept for has passed, so nothing else needs to be kept.',
    accountKept: 'The account stays only as “Former client”, with no name or e-mail address, and can no longer be signed in to.',
  },
};
