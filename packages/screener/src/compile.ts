/**
 * Compiles a tier bundle once, at module load: one word trie holding every risk phrase,
 * idiom and multi-word cue, plus the single-word cue sets. Malformed patterns throw here,
 * so a bad data edit fails the test suite instead of silently matching nothing.
 */
import type { RiskLevel } from './types';
import { createNormaliser, type Normaliser } from './normalise';
import { freeze, type Matcher } from './matcher';
import { expandMacros, insertPattern, TrieNode } from './patterns';
import type { TierBundle } from './tiers/v1';
import type { CueFile, CueKind, PhraseGroup } from './tiers/v1/types';

export type Entry =
  { kind: 'risk'; level: Exclude<RiskLevel, 'none'>; group: PhraseGroup; pattern: string } | { kind: 'idiom'; pattern: string } | { kind: 'cue'; cue: CueKind };

/** The single-word cue lists of cues.ts, as sets. */
export type WordSets = { readonly [K in keyof CueFile['words']]: ReadonlySet<string> };

export interface Compiled {
  version: string;
  matcher: Matcher<Entry>;
  words: WordSets;
  /** Risk emoji → the construct it stands for. */
  emoji: ReadonlyMap<string, string>;
  normalise: Normaliser;
  /** Matcher id of a canonical word, -1 when no pattern uses it. */
  idOf: (word: string) => number;
  /** Number of risk phrases (source patterns, before expansion) per construct. */
  phrasesPerConstruct: ReadonlyMap<string, number>;
}

/** Compiles `bundle` into a matcher-ready form. */
export function compile(bundle: TierBundle): Compiled {
  const root = new TrieNode<Entry>();
  const vocabulary = new Set<string>();
  const add = (pattern: string, entry: Entry): void => {
    for (const w of insertPattern(root, expandMacros(pattern, bundle.macros.defs), entry)) vocabulary.add(w);
  };
  const perConstruct = new Map<string, number>();
  for (const tier of bundle.tiers) {
    for (const group of tier.groups) {
      if (!(group.construct in bundle.constructs.lexiconOf)) throw new Error(`unknown construct ${group.construct}`);
      for (const pattern of group.phrases) add(pattern, { kind: 'risk', level: tier.level, group, pattern });
      perConstruct.set(group.construct, (perConstruct.get(group.construct) ?? 0) + group.phrases.length);
    }
  }
  for (const pattern of bundle.idioms.phrases) add(pattern, { kind: 'idiom', pattern });
  for (const [cue, patterns] of Object.entries(bundle.cues.phrases) as Array<[CueKind, readonly string[]]>) {
    for (const pattern of patterns) add(pattern, { kind: 'cue', cue });
  }
  for (const list of Object.values(bundle.cues.words)) for (const w of list) vocabulary.add(w);
  const sets = toSets(bundle.cues.words);
  const emoji = new Map<string, string>([
    ...bundle.cues.emoji.means.map((e): [string, string] => [e, 'lethal_means_for_suicide']),
    ...bundle.cues.emoji.death.map((e): [string, string] => [e, 'other_suicidal_language']),
  ]);
  const matcher = freeze(root);
  const idOf = (word: string): number => matcher.ids.get(word) ?? -1;
  return {
    version: bundle.version,
    matcher,
    words: sets,
    emoji,
    idOf,
    normalise: createNormaliser(vocabulary, idOf),
    phrasesPerConstruct: perConstruct,
  };
}

function toSets(words: CueFile['words']): WordSets {
  const out: Partial<Record<keyof CueFile['words'], ReadonlySet<string>>> = {};
  for (const key of Object.keys(words) as Array<keyof CueFile['words']>) out[key] = new Set(words[key]);
  return out as WordSets; // every key of `words` was set just above
}
