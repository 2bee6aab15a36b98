import { VisuallyHidden } from '@mantine/core';

/**
 * The page's polite live region: sent, kept for later, a new message, earlier messages shown.
 * A new `n` re-inserts the words, so the same words said twice are announced twice.
 */
export function LiveStatus({ announcement }: { announcement: { text: string; n: number } }) {
  return (
    <VisuallyHidden role="status" aria-live="polite" data-testid="message-status">
      <span key={announcement.n}>{announcement.text}</span>
    </VisuallyHidden>
  );
}
