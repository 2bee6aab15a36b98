import type { CrisisLineInput } from '@steadfast/contracts';

/** Words of the admin's crisis lines editor. */
export const crisisEditorWords = {
  title: 'Crisis lines',
  intro:
    'Clients see these lines, in this order, whenever they tap “I’m not okay”, even offline. Check every number against the service’s own website before saving, and record the date you checked it.',
  lineLegend: (n: number, name: string) => (name ? `Line ${n}: ${name}` : `Line ${n}`),
  name: 'Name',
  channel: 'How people reach it',
  channels: { call: 'Phone call', text: 'Text message', web: 'Website or chat', email: 'E-mail', emergency: 'Emergency number' } satisfies Record<CrisisLineInput['channel'], string>,
  contact: 'What people dial or type, as they should read it',
  contactHelp: 'For example: 116 123, or Text SHOUT to 85258',
  href: 'Link the button opens',
  hrefHelp: 'tel:116123, sms:85258?body=SHOUT, https://… or mailto:…',
  description: 'Description',
  hours: 'Hours',
  lastVerified: 'Last checked on',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  moveUpLabel: (n: number) => `Move up: line ${n}`,
  moveDownLabel: (n: number) => `Move down: line ${n}`,
  removeLabel: (n: number) => `Remove: line ${n}`,
  add: 'Add a line',
  reset: (country: string) => `Start again from the ${({ GB: 'UK', US: 'US' } as Record<string, string>)[country] ?? country} defaults`,
  save: 'Save crisis lines',
  saved: 'Saved. Clients see the new lines the next time their app is online.',
  fix: 'Some lines need a change before they can be saved. The fields to check are marked.',
  atLeastOne: 'Keep at least one line.',
  tooMany: 'Keep at most 20 lines.',
} as const;
