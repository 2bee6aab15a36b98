import type { AppointmentKind, CareTeamMember, ExportFormat, MessageIntent } from '@steadfast/contracts';

/** Words in the record export, read by the client and by whoever they give it to. */
export const exportWords = {
  /** What the export leaves out on purpose, so nobody wonders whether something is missing by mistake. */
  notIncluded(forClient: boolean): string[] {
    return forClient
      ? [
          'Your clinicians’ private clinical notes are a separate record and are not part of this download. You can ask your practice for them.',
          'Sign-in details, security settings and reminders are not included.',
        ]
      : [
          'Private clinical notes are a separate record and are not part of this export: share them on their own when that is right.',
          'The client’s notes to their future self stay private to them and are not included.',
          'What the client writes in the peer space, under a name of their choosing, is theirs and is not included.',
          'Sign-in details, security settings and the audit trail are not included.',
        ];
  },
  fileName(clientName: string, format: ExportFormat, date: string): string {
    const slug =
      clientName
        .normalize('NFKD')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .replace(/\s+/g, '-')
        .toLowerCase() || 'client';
    return `steadfast-record-${slug}-${date}${format === 'fhir' ? '.fhir.json' : '.json'}`;
  },
  role(role: CareTeamMember['role'], isPrimary: boolean): string {
    const words = { therapist: 'Therapist', gp: 'GP', co_therapist: 'Co-therapist', other: 'Care team member' }[role];
    return isPrimary ? `${words} (primary clinician)` : words;
  },
  appointmentKind(kind: AppointmentKind): string {
    return { video: 'Video session', in_person: 'In-person session', phone: 'Phone session' }[kind];
  },
  intent(intent: MessageIntent): string {
    return { share: 'Just so you know', before_session: 'Before our next session', soon: 'I need you to know this soon', crisis: 'I’m not safe' }[intent];
  },
  // The same headings the client reads in the app (features/safety-plans, features/okay-plan).
  safetyPlanSections: {
    warningSigns: 'Signs that things are getting hard',
    copingAlone: 'Things I can do on my own',
    distractions: 'People and places that take my mind off things',
    helpers: 'People I can ask for help',
    professionals: 'Services I can contact',
    saferSurroundings: 'Making my surroundings safer',
    mattersMost: 'What matters most to me',
    reasonsForLiving: 'My reasons for living',
  },
  okayPlanSections: {
    feelsLike: 'What being okay is like for me',
    harderSigns: 'When being okay gets hard to sit with',
    whatHelps: 'What helps then',
    fromCareTeam: 'What I would like from my care team then',
    remember: 'Things to remember',
  },
} as const;
