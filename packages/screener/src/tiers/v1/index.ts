/** Version 1 of the phrase tiers and context cues, bundled. Bump `version` on any change. */
import { concern } from './concern';
import { constructs } from './constructs';
import { cues } from './cues';
import { high } from './high';
import { idioms } from './idioms';
import { imminent } from './imminent';
import { macros } from './macros';
import { spelling } from './spelling';
import { warningHigh, warningImminent } from './warning-signs';
import { weak } from './weak';

export const tiersV1 = {
  version: 'v1-2.1.0',
  tiers: [imminent, warningImminent, high, warningHigh, concern, weak],
  idioms,
  cues,
  constructs,
  macros,
  spelling,
} as const;

export type TierBundle = typeof tiersV1;
