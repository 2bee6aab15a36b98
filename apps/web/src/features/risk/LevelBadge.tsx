import { Badge } from '@mantine/core';
import type { RiskLevel } from '@steadfast/contracts';
import { triageWords } from './risk.words';

// Filled badges with white text: red 9 is 6:1 and ember 8 is 7:1 on white, so both pass AA.
const colour: Record<RiskLevel, string> = { imminent: 'red.9', high: 'ember.8', concern: 'gray.7', none: 'gray.7' };

/** The screen level of a flag, for clinicians only. */
export function LevelBadge({ level }: { level: RiskLevel }) {
  return (
    <Badge color={colour[level]} variant="filled" radius="sm">
      {triageWords.level[level]}
    </Badge>
  );
}
