/**
 * Words of the notifications and notification settings pages. Clients never get urgent notices;
 * even so, "urgent" styling and words are shown to staff only. Push, e-mail and SMS never carry
 * what was written (SPEC §2.9): the settings say so plainly.
 */
export const notificationsWords = {
  list: {
    title: 'Notifications',
    intro: 'What is new for you, newest first.',
    settingsLink: 'Notification settings',
    markAll: 'Mark all as read',
    markRead: 'Mark as read',
    unread: 'New',
    urgent: 'Urgent',
    empty: 'Nothing new. When there is something for you, it shows here and on the bell at the top of the page.',
    allRead: 'All read.',
  },
  settings: {
    title: 'Notification settings',
    intro: 'Choose how Steadfast tells you when there is something new.',
    inAppHeading: 'In the app',
    inAppText: 'Always on. New notifications show under the bell at the top of every page.',
    channelsHeading: 'Outside the app',
    email: 'E-mail me when there is something new',
    emailHelp: 'E-mails never contain what was written, only that there is something new. Several messages in a row send one e-mail.',
    emailUrgentStaff: 'Urgent alerts about a client’s safety are e-mailed to you even when this is off, so they are never missed.',
    push: 'Push notifications',
    pushHelp: 'A short notice on the devices where you turned it on below. It says only that there is something new in Steadfast.',
    sms: 'Text me urgent alerts',
    smsHelp: 'Only for urgent alerts, such as a safety alert nobody has acknowledged yet. A text never says who or what it is about.',
    smsNumber: 'Mobile number',
    smsNumberHelp: 'In international form, starting with +, like +447700900123.',
    smsNumberMissing: 'Add a mobile number to get urgent alerts by text.',
    save: 'Save settings',
    saved: 'Your settings are saved.',
    clientNote:
      'Messages in Steadfast are read in working hours, not around the clock. If you need someone now, the crisis lines under “I’m not okay” are there any time.',
  },
  device: {
    heading: 'This device',
    switch: 'Notify me on this device',
    checking: 'Checking this device…',
    unsupported:
      'This browser cannot show notifications from Steadfast. On an iPhone or iPad, add Steadfast to your Home Screen first, then open it from there and come back to this page.',
    blocked:
      'Notifications from Steadfast are blocked in this browser’s settings. To get them here, allow notifications for this site in the browser’s settings, then come back to this page.',
    off: 'Off. When you turn this on, your browser asks whether Steadfast may show notifications.',
    on: 'On. This device shows a short notice when there is something new, never what was written.',
    pushOffAbove: 'Push notifications are off above, so nothing will arrive here until you turn them on and save.',
    failed: 'We could not change this device’s notifications. Please try again in a moment.',
    dismissed: 'Nothing changed: the browser’s question was closed without an answer.',
  },
} as const;
