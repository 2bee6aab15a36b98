/** Words in invitation e-mails: warm, plain, and never clinical (SPEC §2.9). */
export function invitationMail(kind: 'clinician' | 'client', name: string, practiceName: string, link: string, days: number) {
  const subject = kind === 'client' ? `${practiceName} has invited you to Steadfast` : `Join ${practiceName} on Steadfast`;
  const intro =
    kind === 'client'
      ? `Your care team at ${practiceName} has set up a space in Steadfast for you, so you can stay in touch between sessions.`
      : `${practiceName} has invited you to join its care team on Steadfast.`;
  const text = [
    `Hello ${name},`,
    '',
    intro,
    '',
    'To accept and choose your password, open this link:',
    link,
    '',
    `The link works once and for ${days} days. If it has expired, ask ${practiceName} for a new one.`,
    '',
    'If you were not expecting this, you can ignore this e-mail.',
  ].join('\n');
  return { subject, text };
}
