/** Version 1 of the phrase tiers and context cues, bundled. Bump `version` on any change. */
import { concern } from './concern';
import { constructs } from './constructs';
import { cues } from './cues';
import { high } from './high';
import { idioms } from './idioms';
import { imminent } from './imminent';
import { macros } from './macros';
import { spelling } from './spelling';
import { weak } from './weak';

export const tiersV1 = {
  version: 'v1-2.0.0',
  tiers: [imminent, high, concern, weak],
  idioms,
  cues,
  constructs,
  macros,
  spelling,
} as const;

export type TierBundle = typeof tiersV1;
