import type { TimelineKind } from '@steadfast/contracts';
import type { TimelineGroup } from './timeline.groups';

/** Words of the client timeline, for the care team. */
export const timelineWords = {
  title: (name: string) => `Timeline: ${name}`,
  titleUnnamed: 'Timeline',
  intro: 'Everything in one place, newest first. Each entry opens where it happened.',
  linkFromClient: 'Timeline',
  show: 'Show',
  group: {
    messages: 'Messages',
    checkins: 'Check-ins',
    measures: 'Questionnaires',
    flags: 'Risk flags',
    sessions: 'Sessions',
    plans: 'Plans and agreement',
    notes: 'Clinical notes',
    team: 'Care team',
  } satisfies Record<TimelineGroup, string>,
  kind: {
    message: 'Message',
    caring_contact: 'Caring note',
    checkin: 'Check-in',
    measure: 'Questionnaire',
    flag: 'Risk flag',
    flag_acknowledged: 'Flag acknowledged',
    appointment: 'Session',
    appointment_request: 'Session request',
    safety_plan: 'Safety plan',
    okay_plan: 'Okay plan',
    agreement: 'Agreement',
    clinical_note: 'Clinical note',
    care_team: 'Care team',
  } satisfies Record<TimelineKind, string>,
  nothing: 'Nothing here yet.',
  nothingOfThese: 'Nothing of these kinds yet. Try showing more.',
  older: 'Show older entries',
  loadingOlder: 'Loading older entries',
  beginning: 'This is the beginning of the record.',
  shown: (n: number) => (n === 1 ? '1 entry shown' : `${n} entries shown`),
  open: 'Open',
  backToClient: 'Back to the client',
} as const;
