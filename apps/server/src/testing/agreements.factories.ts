import type { AgreementTerms } from '@steadfast/contracts';

/** Agreement terms for tests: a plain weekly agreement, with any field replaced. */
export function agreementTerms(overrides: Partial<AgreementTerms> = {}): AgreementTerms {
  return {
    channels: ['messages'],
    sessions: 'weekly',
    replyWindows: null,
    workingHours: null,
    offWeeks: [],
    emergency: { onCallClinicianId: null, words: 'If it cannot wait, the on-call clinician is there.' },
    appointmentRequests: { allowed: true, inOffWeeks: false, minNoticeHours: 24, words: '' },
    clientCommitments: 'I will write when things build up, before they get too big.',
    twentyFourHourRule: false,
    ...overrides,
  };
}
