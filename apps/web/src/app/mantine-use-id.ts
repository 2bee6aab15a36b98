import { useId as useReactId } from 'react';

/**
 * Stands in for @mantine/hooks' useId in the build (vite.config.ts). Mantine's own gives each
 * component React's id on its first render, then a random one from a layout effect: a second,
 * synchronous render of every input, menu and popover on the page as the app takes over, inside
 * the commit, which on a slow phone made that commit a long task (issue 22). React's id is unique
 * within the app and stable, which is all the page needs from it (labels, aria-describedby).
 */
export function useId(staticId?: string): string {
  const reactId = useReactId();
  if (typeof staticId === 'string') return staticId;
  // React writes its ids with characters that are awkward in a CSS selector («r1», _r_1_, :r1:).
  return `mantine-${reactId.replace(/[^a-zA-Z0-9-]/g, '')}`;
}
