import type { AgreementTerms } from '@steadfast/contracts';

const first = (name: string) => {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 && /^(dr|mr|mrs|ms|mx|prof)\.?$/i.test(parts[0]!) ? `${parts[0]} ${parts[parts.length - 1]}` : (parts[0] ?? name);
};

const windowText = (w: { workingDays: number } | { workingHours: number } | null) =>
  !w
    ? 'the practice’s usual time'
    : 'workingDays' in w
      ? `${w.workingDays} working day${w.workingDays === 1 ? '' : 's'}`
      : `${w.workingHours} working hour${w.workingHours === 1 ? '' : 's'}`;

const dayNames = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Words of the contact agreement pages: plain, warm, and the same for both people who sign it. */
export const agreementWords = {
  clientTitle: 'Our agreement',
  clientIntro: 'What you and your therapist agreed about staying in touch between sessions. A change only counts once you have both signed it.',
  clinicianTitle: (client: string) => `Contact agreement with ${client}`,
  nav: 'Our agreement',
  current: 'In force now',
  proposed: 'Proposed change',
  none: 'There is no signed agreement yet. Until there is, the practice’s usual reply times apply.',
  signedBoth: (when: string) => `Signed by you both · in force since ${when}`,
  steppedUp: (when: string) => `In force since ${when}, when sessions stepped back up`,
  steppedUpNote: {
    client: 'Only the off-weeks still to come from your step-down plan were taken out, so there is more contact, never less. Your plan said sessions could step back up like this, and you agreed to it. Everything else is as you both signed it.',
    clinician: 'Only the plan’s off-weeks still to come were taken out. The client agreed to stepping back up with the plan, and was told at once. Everything else is as you both signed it.',
  },
  waitingFor: (who: string) => `Waiting for ${who} to sign`,
  signButton: 'I agree: sign this version',
  signedNote: 'Signed. It is in force once you have both signed.',
  coverHeading: 'Who covers while your therapist is away',
  coverNow: (clinician: string, cover: string, until: string) =>
    `${first(clinician)} is away until ${until}. ${first(cover)} is covering: your messages go to ${first(cover)}, who will read and answer them.`,
  coverAhead: (clinician: string, cover: string, from: string, to: string) =>
    `${first(clinician)} will be away from ${from} to ${to}. ${first(cover)} will cover.`,
  absencesHeading: 'Time away ahead',
  terms: {
    sessions: { weekly: 'Weekly sessions', fortnightly: 'Sessions every two weeks', monthly: 'Monthly sessions', as_agreed: 'Sessions as we agree' } as Record<
      AgreementTerms['sessions'],
      string
    >,
    channels: 'Ways to stay in touch',
    channelNames: { messages: 'Messages', phone: 'Phone', video: 'Video', in_person: 'In person' } as Record<AgreementTerms['channels'][number], string>,
    replies: 'Reply times',
    before: (w: Parameters<typeof windowText>[0]) => `‘Before my next session’ messages: within ${windowText(w)}`,
    soon: (w: Parameters<typeof windowText>[0]) => `‘Soon, please’ messages: within ${windowText(w)}`,
    hours: (h: AgreementTerms['workingHours']) =>
      h
        ? `Messages are read ${h.days.map((d) => dayNames[d]).join(', ')}, ${h.opensAt} to ${h.closesAt}.`
        : 'Messages are read in the practice’s working hours.',
    offWeeks: 'Off-weeks',
    offWeek: (start: string, end: string) => `${start} to ${end}`,
    noOffWeeks: 'No off-weeks planned.',
    emergency: 'In an emergency',
    requests: 'Asking for an appointment',
    requestsText: (r: AgreementTerms['appointmentRequests']) =>
      !r.allowed
        ? 'Appointments are arranged together in session.'
        : r.inOffWeeks
          ? `You can ask for an appointment, at least ${r.minNoticeHours} hours ahead.`
          : `You can ask for an appointment, at least ${r.minNoticeHours} hours ahead, except in an off-week.`,
    commitments: 'In your own words',
    rule: 'The 24-hour rule',
    ruleText:
      'After self-harm, coaching contact with your therapist pauses for 24 hours. Your messages still arrive, on call still reads them, and you are always shown crisis and medical help first. Sessions go ahead as planned.',
  },
  edit: {
    heading: 'Propose a change',
    intro: 'Your proposal is signed by you and shown to the client beside the current version. It takes effect when they sign.',
    sessions: 'Sessions',
    soonHours: '‘Soon’ reply window (working hours, empty for the practice default)',
    requestsInOffWeeks: 'Appointment requests allowed in off-weeks',
    requestsWords: 'Words shown when a request waits (in an off-week)',
    emergencyWords: 'What to do in an emergency',
    commitments: 'The client’s own commitments, in their words',
    rule: 'Include the 24-hour rule (explained to the client in the agreement)',
    submit: 'Propose and sign',
    proposed: 'Proposed. The client has been told and can read it beside the current version.',
  },
  absences: {
    title: 'Time away and cover',
    intro: 'Set an absence with a named cover. Your clients are told at once who covers, and the cover reads their conversations for that period only.',
    starts: 'First day away',
    ends: 'Last day away',
    cover: 'Who covers',
    note: 'Note (for you and the cover)',
    submit: 'Set absence and tell my clients',
    saved: (n: number, short: boolean) =>
      `Set. ${n} client${n === 1 ? ' has' : 's have'} been told who covers.${short ? ' This is shorter notice than the practice asks for, so it may help to mention it in session too.' : ''}`,
    none: 'No absences planned.',
    cancel: 'Cancel this absence',
    listHeading: 'Planned',
  },
} as const;

export const firstName = first;
