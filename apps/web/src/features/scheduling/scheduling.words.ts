import type { AppointmentKind, AppointmentRequestView } from '@steadfast/contracts';

/**
 * Words about appointments and step-down plans, reviewed like code: warm and plain. Fewer
 * sessions is never an ending; stepping back up is care, not failure (CLINICAL.md §3.7).
 */
export const schedulingWords = {
  clientTitle: 'Appointments',
  clientIntro: 'Your sessions, what you have asked for, and the plan you made with your therapist.',
  clinicianTitle: (name: string) => `Appointments: ${name}`,
  linkFromClient: 'Appointments and step-down plan',
  back: 'Back to the client',
  kind: { video: 'Video', in_person: 'In person', phone: 'Phone' } satisfies Record<AppointmentKind, string>,
  upcomingHeading: 'Coming up',
  noUpcoming: 'No sessions are booked in the next few weeks.',
  cancelled: 'Cancelled',
  withWhom: (name: string) => `with ${name}`,

  plan: {
    heading: 'Your step-down plan',
    clinicianHeading: 'Step-down plan',
    why: 'Why we planned this',
    timeline: 'How it goes',
    sessions: (interval: number | null, n: number) =>
      `${interval === 1 ? 'Weekly' : interval === 2 ? 'Every other week' : `Every ${interval} weeks`} · ${n} session${n === 1 ? '' : 's'}`,
    off: 'A week off sessions — messages stay open',
    review: 'We look at how it is going, together',
    range: (from: string, to: string) => (from === to ? from : `${from} – ${to}`),
    agree: 'I agree to this plan',
    agreed: (when: string) => `You agreed to this plan on ${when}.`,
    notAgreedYet: 'Your therapist has shared this plan. It starts once you say yes — if anything worries you, tell them.',
    steppedUp: 'We are meeting more often again for now. That is care doing its job, not a step backwards.',
    replaced: 'No longer planned: we are meeting more often again',
    signalsHeading: 'Step-back-up signals',
    signalsAgreed: 'Agreed signals to meet more often again',
    signalNames: { soon_messages: 'Three ‘soon’ messages in a week', checkins_below_baseline: 'Check-ins below their usual range for 5 days' },
    noneRaised: 'None raised. The plan is going as agreed.',
    raisedNote: 'A signal only suggests a conversation: nothing changes until you decide, with the client.',
    stepUp: 'Step back up to weekly',
    stepUpDone: 'Back to weekly sessions. The client sees this as care, not as a setback.',
    none: 'There is no step-down plan.',
  },

  request: {
    heading: 'Ask for an appointment',
    open: 'Request an appointment',
    date: 'Day',
    time: 'Time',
    kind: 'How',
    note: 'Anything you want your therapist to know (optional)',
    send: 'Send request',
    cancel: 'Not now',
    notice: (hours: number) => `Please leave at least ${hours} hour${hours === 1 ? '' : 's'} of notice. If it can't wait, send a message.`,
    sent: 'Your request has gone to your therapist. You will hear back here, whatever the answer.',
    pausedHeading: 'This week, we agreed something different',
    routesHeading: 'What is open to you now',
    route: { message: 'Send a message', on_call: 'If it is an emergency', crisis_lines: 'Crisis lines, any time' },
    onCallWith: (name: string) => `If it is an emergency, ${name} is on call`,
    viewOnly: 'Appointments are arranged with your therapist in session or by message.',
  },

  requests: {
    heading: 'Your requests',
    clinicianHeading: 'Requests',
    none: 'No requests yet.',
    status: {
      pending: 'Waiting for an answer',
      accepted: 'Booked',
      offered: 'Another time was offered',
      declined: 'Not this time',
      offer_declined: 'You turned down the other time',
    } satisfies Record<AppointmentRequestView['status'], string>,
    acceptOffer: 'Take this time',
    declineOffer: 'That doesn’t work',
    offeredAt: (when: string) => `Offered: ${when}`,
    accept: 'Accept',
    offer: 'Offer another time',
    decline: 'Decline kindly',
    note: 'A note to the client',
    declineNoteHint: 'Say kindly why, and what stays open to them.',
    send: 'Send answer',
    from: (name: string) => `From ${name}`,
  },

  feed: {
    heading: 'In your own calendar',
    intro: 'Subscribe to your appointments in the calendar app you already use. It shows only “Appointment with …”, nothing more.',
    show: 'Get my calendar address',
    newAddress: 'Make a new address',
    copyHint: 'Copy this address into your calendar app’s “subscribe” or “add by URL”.',
    address: 'Calendar address',
    hidden: 'Your calendar address was made earlier and is kept secret. Make a new one to see it again; the old one will stop working.',
  },
};
