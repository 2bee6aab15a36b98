/** What the rota says when a change cannot be made: plain words for the admin editing it. */
export const onCallWords = {
  overlaps: (name: string) =>
    `This overlaps a shift of ${name}. Shifts cannot overlap, so that there is always one person on call; shorten or move one of them.`,
  notAClinician: 'Choose a clinician of this practice.',
  backupIsClinician: 'The backup is someone other than the clinician on call.',
  endsAfterStart: 'A shift ends after it starts.',
  alreadyEnded: 'This shift has ended. Past shifts are kept as the record of who was on call.',
  addEnded: 'This shift would already be over. Add shifts that end in the future.',
  liveShiftFixed: 'This shift is under way: its start and its clinician stay as they were. Change the end, the backup or the handover note, or end it now.',
  liveEndInPast: 'A shift under way can end now at the earliest: use "End now".',
  deleteStarted: 'This shift has started, so it is part of the record. End it now instead of deleting it.',
  notLive: 'Only a shift under way can be ended now.',
} as const;
