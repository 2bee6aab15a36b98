/** Words for downloading a client's record (SPEC §2.12): plain, for the client and for the clinician. */
export const exportWords = {
  client: {
    pageTitle: 'Your information',
    pageIntro: 'Everything you have written and shared here is yours. You can download a copy at any time.',
    heading: 'Download my information',
    text: 'A copy of your messages, check-ins, questionnaires, safety plan, okay plan, notes to keep, agreement, appointments and care team.',
    json: 'Download (JSON)',
    fhir: 'Download for another health service (FHIR)',
    fhirHint: 'FHIR is the format other health services use: choose it if you are moving to a new service or want them to have your information.',
    notIncluded: 'Your clinicians’ private clinical notes are a separate record and are not part of this copy. You can ask your practice for them.',
  },
  clinician: {
    heading: 'Export this record',
    text: 'Everything in this client’s record as one file, including risk flags and how they were acknowledged. Private clinical notes are a separate record and are not included.',
    json: 'Download (JSON)',
    fhir: 'Download for another health service (FHIR)',
  },
};

/** The download's address (the server names the file). */
export function exportUrl(clientId: string, format: 'json' | 'fhir'): string {
  return `/api/v1/clients/${encodeURIComponent(clientId)}/export?format=${format}`;
}
