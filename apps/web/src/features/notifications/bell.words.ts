/**
 * The bell's words, apart from notifications.words.ts: the bell is in every signed-in page's
 * first download, and the pages' words are not.
 */
export const bellWords = {
  label: (unread: number) => (unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`),
};
