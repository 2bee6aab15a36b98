import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` things to draw: one more after each commit, each in a transition of its own.
 * A page of many cards drawn in one commit held a slow phone's main thread for a fifth of a second
 * in one piece (issue 22): React slices a render, but each commit is done whole. Drawn one by one,
 * top to bottom, a card only ever appears below the ones already there, so nothing moves.
 */
export function useOneMorePerCommit(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown < total) startTransition(() => setShown((n) => Math.min(n + 1, total)));
  }, [shown, total]);
  return Math.min(shown, total);
}
