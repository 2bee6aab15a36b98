/**
 * Coverage of the Suicide Risk Lexicon v1.0 (Low et al. 2025, Apache-2.0) by the screener's
 * tiers: which lexicon constructs have at least one phrase, and which share of the lexicon's
 * prototypical examples the screener flags at ≥ concern.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compiledTiers, levelRank, screen, tiersV1 } from '@steadfast/screener';

/**
 * Constructs the screener sets out to cover. The rest (relationships, anxiety, sleep,
 * substance use, identity, finances, …) are context and distress, not risk statements:
 * flagging them would bury the flags that need a clinician (CLINICAL §6, NICE NG225).
 */
export const IN_SCOPE = new Set([
  'passive_suicidal_ideation',
  'active_suicidal_ideation_suicidal_planning',
  'lethal_means_for_suicide',
  'direct_self_injury',
  'suicide_exposure',
  'other_suicidal_language',
  'hospitalization',
  'loneliness_isolation',
  'burdensomeness',
  'shame_self_disgust_worthlessness',
  'entrapment_desire_to_escape',
  'emotional_pain_psychache',
  'existential_meaninglessness_purposelessness',
  'hopelessness',
  'eating_disorders',
  'barriers_to_treatment',
  'emptiness',
  'depressed_mood',
  'anhedonia_uninterested',
  'defeat_feeling_like_a_failure',
]);

export interface LexiconConstruct {
  name: string; // variable name, e.g. passive_suicidal_ideation
  examples: string[];
  tokens: string[];
}

export interface ConstructCoverage {
  name: string;
  inScope: boolean;
  phrases: number;
  examples: number;
  examplesFlagged: number;
  tokens: number;
  tokensFlagged: number;
}

/** Reads constructs (metadata JSON) and their prototypical examples (codebook, same order). */
export function loadLexicon(dataDir: string): LexiconConstruct[] | null {
  const dir = path.join(dataDir, 'suicide-risk-lexicon');
  const metaFile = path.join(dir, 'suicide_risk_lexicon_validated_24-08-02T21-27-35_metadata.json');
  const codebookFile = path.join(dir, 'suicide_risk_lexicon_codebook_prototypical_examples.txt');
  if (!existsSync(metaFile) || !existsSync(codebookFile)) return null;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, { variable_name: string; tokens: string[] }>;
  const codebook = parseCodebook(readFileSync(codebookFile, 'utf8'));
  const entries = Object.values(meta);
  if (codebook.length !== entries.length) throw new Error(`codebook has ${codebook.length} constructs, metadata ${entries.length}`);
  return entries.map((m, i) => ({
    name: m.variable_name,
    examples: codebook[i] ?? [],
    tokens: [...new Set(m.tokens)],
  }));
}

/** Each entry runs from "Name: definition" to its "Examples: a; b; c" (definitions may wrap). */
function parseCodebook(text: string): string[][] {
  const out: string[][] = [];
  for (const chunk of text.split(/Examples:/).slice(1)) {
    const examples = (chunk.split('\n')[0] ?? '')
      .split(';')
      .map((e) => e.trim())
      .filter(Boolean);
    out.push(examples);
  }
  return out;
}

const flags = (text: string): boolean => levelRank(screen(text).level) >= levelRank('concern');

/** Coverage per lexicon construct. */
export function measureCoverage(lexicon: LexiconConstruct[]): ConstructCoverage[] {
  const phrasesPer = new Map<string, number>();
  for (const [construct, n] of compiledTiers().phrasesPerConstruct) {
    const lexiconName = tiersV1.constructs.lexiconOf[construct] ?? construct;
    phrasesPer.set(lexiconName, (phrasesPer.get(lexiconName) ?? 0) + n);
  }
  return lexicon.map((c) => ({
    name: c.name,
    inScope: IN_SCOPE.has(c.name),
    phrases: phrasesPer.get(c.name) ?? 0,
    examples: c.examples.length,
    examplesFlagged: c.examples.filter(flags).length,
    tokens: c.tokens.length,
    tokensFlagged: c.tokens.filter(flags).length,
  }));
}
