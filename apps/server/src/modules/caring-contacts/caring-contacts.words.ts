/*
 * Caring-contact templates (CLINICAL.md §3.5, FIELD-NOTES): brief, personal, expressing care,
 * asking for nothing, never mixed with appointment reminders. The clinician personalises each
 * one before it is sent; `{first}` is the client's first name and `{me}` the clinician's.
 */
export const caringTemplates = [
  'Hello {first}, I was thinking of you today and wanted to send a hello. There is nothing you need to do with this note. {me}',
  '{first}, a short note to say I am glad to be working with you, in the calm weeks as much as the hard ones. {me}',
  'Hello {first}, simply a note to say you are in my thoughts. No reply needed. {me}',
  '{first}, a small hello from me. However this week is going, you are worth care exactly as you are. {me}',
] as const;

export function fillTemplate(template: string, clientName: string, clinicianName: string): string {
  const first = clientName.trim().split(/\s+/)[0] ?? clientName;
  const me = clinicianName.trim().split(/\s+/)[0] ?? clinicianName;
  return template.replaceAll('{first}', first).replaceAll('{me}', `– ${me}`);
}

/** Checks on a note's words: a question or a request makes a caring contact a demand (FIELD-NOTES). */
export function demandWarnings(body: string): string[] {
  const warnings: string[] = [];
  if (body.includes('?')) warnings.push('This note asks a question. Caring contacts work best when they ask for nothing back.');
  if (/\b(please (reply|respond|answer|let me know|get back)|let me know|get back to me|could you (reply|respond))\b/i.test(body)) {
    warnings.push('This note asks for a reply. A caring contact needs no response or action.');
  }
  if (/\b(appointment|session on|booked|reschedul)/i.test(body)) {
    warnings.push('Keep appointment matters out of caring contacts, so they stay simply caring.');
  }
  return warnings;
}

export const caringErrors = {
  alreadySent: 'This note was already sent, so it cannot be changed.',
  inThePast: 'Please choose a time in the future.',
};
