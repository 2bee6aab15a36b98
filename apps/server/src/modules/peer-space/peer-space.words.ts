/*
 * Words of the peer space that reach clients (CLINICAL.md §4.2: plain, warm, never blaming).
 * The house rules are shown before joining and agreed to once.
 */

export const houseRules = [
  'Use your pseudonym only. Keep your name, where you live and other details that could identify you or anyone else out of posts.',
  'Be kind. Everyone here is finding their way; reply as you would want someone to reply to you.',
  'Share your own experience rather than advice about treatment or medication.',
  'No details of methods or places of harm. If you are not safe, use the crisis routes or message your care team.',
  'This space is read by moderators, not watched around the clock. It is not a way to reach your care team.',
  'No private messages, images or links to follow: links show as plain text.',
] as const;

export const peerErrors = {
  notOpen: 'The peer space is not open in this practice.',
  notMember: 'Join the peer space first.',
  alreadyMember: 'You have already joined the peer space.',
  suspended: 'Posting is paused for your account for now. You can still read, and your care team is there for you.',
  pseudonymIsName: 'Please choose a pseudonym that is not your name, so that you stay private here.',
  pseudonymTaken: 'Someone is already using that pseudonym. Please choose another.',
  onlyClients: 'Only clients join the peer space.',
  notModerator: 'Only the moderators the practice named can do that.',
  tooDeep: 'That reply belongs to another post.',
  notYours: 'Only the person who wrote it can send it to their care team.',
  noCareTeam: 'Your care team cannot be reached from here yet.',
  moderatorNotStaff: 'Moderators are the practice’s clinicians or admins.',
  settingsChanged: 'Someone else changed these settings a moment ago. Please look again and save.',
  needsModerator: 'Name at least one moderator before opening the peer space: held posts wait for them.',
  wait: (seconds: number) =>
    `You have posted a lot in a short time. Please wait ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''} before posting again; what you wrote is still here.`,
} as const;

/** The message that carries a post or reply into the author's own conversation with their care team. */
export function careTeamMessage(item: { title: string | null; body: string; held: boolean }): string {
  const intro = item.held
    ? 'I wrote this for the peer space and would rather share it with you:'
    : 'I shared this in the peer space and wanted you to see it too:';
  return [intro, item.title ? `“${item.title}”` : undefined, item.body].filter(Boolean).join('\n\n');
}

/** What stays of an erased client's place in the peer space: nothing that says who they were or what they wrote. */
export const erasedPeerWords = {
  pseudonym: (memberId: string) => `Former member ${memberId.slice(0, 8)}`,
  title: 'Removed',
  body: 'This was removed at the writer’s request.',
};
