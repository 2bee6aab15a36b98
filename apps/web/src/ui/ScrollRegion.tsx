import type { ReactNode } from 'react';

/**
 * A wide table's sideways scroll box on a narrow screen. It takes keyboard focus so someone
 * without a pointer can scroll it (axe: scrollable-region-focusable), and it is named by the
 * heading above it so a screen reader says what the focused box holds.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto' }} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
