import type { CrisisLineInput } from './crisis-resources';

/**
 * Country defaults for the crisis lines (CLINICAL.md §4.1), checked against the sources listed
 * there on the date in lastVerified. A practice edits its own copy; these seed it and are
 * bundled into the web app so they show even before the first sign-in and with no network.
 * Samaritans has had no text service since 2020: never list an SMS number for it.
 */
export const crisisLineDefaults: Record<'GB' | 'US', CrisisLineInput[]> = {
  GB: [
    {
      name: 'Samaritans',
      channel: 'call',
      contact: '116 123',
      href: 'tel:116123',
      description: 'Talk to someone, about anything, whatever you are going through. Free, and it does not show on your phone bill.',
      hours: 'Any time, day or night',
      lastVerified: '2026-11-25',
    },
    {
      name: 'Shout',
      channel: 'text',
      contact: 'Text SHOUT to 85258',
      href: 'sms:85258?body=SHOUT',
      description: 'If you would rather text than talk. Trained volunteers will text back.',
      hours: 'Any time, day or night',
      lastVerified: '2026-11-25',
    },
    {
      name: 'NHS 111, mental health option',
      channel: 'call',
      contact: 'Call 111 and choose the mental health option',
      href: 'tel:111',
      description: 'Urgent mental health help from the NHS in England, for any age.',
      hours: 'Any time, day or night',
      lastVerified: '2026-11-25',
    },
    {
      name: 'Emergency services',
      channel: 'emergency',
      contact: '999, or go to A&E',
      href: 'tel:999',
      description: 'If your life is at risk right now, or you are hurt.',
      hours: 'Any time',
      lastVerified: '2026-11-25',
    },
  ],
  US: [
    {
      name: '988 Suicide & Crisis Lifeline',
      channel: 'call',
      contact: 'Call or text 988',
      href: 'tel:988',
      description: 'Talk or text with someone who will listen. Spanish and interpreters available; veterans press 1.',
      hours: 'Any time, day or night',
      lastVerified: '2026-11-25',
    },
    {
      name: 'Crisis Text Line',
      channel: 'text',
      contact: 'Text HOME to 741741',
      href: 'sms:741741?body=HOME',
      description: 'If you would rather text than talk. A trained volunteer will text back.',
      hours: 'Any time, day or night',
      lastVerified: '2026-11-25',
    },
    {
      name: 'Emergency services',
      channel: 'emergency',
      contact: '911',
      href: 'tel:911',
      description: 'If your life is at risk right now, or you are hurt.',
      hours: 'Any time',
      lastVerified: '2026-11-25',
    },
  ],
};

export type CrisisCountry = keyof typeof crisisLineDefaults;

export function crisisDefaultsFor(country: string): CrisisLineInput[] {
  return crisisLineDefaults[(country in crisisLineDefaults ? country : 'GB') as CrisisCountry];
}

/** Said plainly wherever crisis routes appear (SPEC §2.9, CLINICAL.md §4.2). */
export const notMonitoredNotice =
  'Messages in Steadfast are read by your care team in working hours, not around the clock. If you need someone now, these lines are there any time.';
