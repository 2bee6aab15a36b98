/** Shapes of the versioned phrase-tier data. Every file carries its own `version`. */
import type { RiskLevel } from '../../types';

export interface PhraseGroup {
  /** Suicide Risk Lexicon construct name (snake_case) or one of ours, see constructs.ts. */
  construct: string;
  phrases: readonly string[];
  /** The phrase itself names the writer ("myself", "my life"): no subject search. */
  self?: boolean;
  /** The phrase itself names someone else ("yourself", "himself"). */
  other?: 'second' | 'third';
  /** Behaviour or timed intent: a "right now"/"tonight" cue in its sentence makes it imminent. */
  timed?: boolean;
  /** A stated intent or plan: laughter in the same sentence ("lol") caps it at high. */
  intent?: boolean;
  /**
   * Describes the writer's situation rather than an act ("there is no way out", "it's
   * hopeless"): "it"/"that" or a third-person verb before it do not make it someone else's.
   */
  situational?: boolean;
  /**
   * A method, means or place question, or a pact: it counts in the writer's own message
   * whatever its framing ("for a story", "hypothetically", "asking for a friend") and whoever
   * it names ("you", "someone", "we"). Only a negation, a distant past or someone else's
   * quoted words lower it (issue 15; Crisis Text Line: method words predict imminent risk).
   */
  method?: boolean;
  /** A bare topic word ("suicide", "self harm"): "it"/"this"/"that" before it make it none. */
  topic?: boolean;
  /** Someone else's suicide or self-harm, a risk factor for the writer: stays concern. */
  exposure?: boolean;
  /**
   * The level when the writer names themselves before it ("I'm … suicidal", "gave me
   * suicidal thoughts"): a bare "suicidal" is a topic, "I'm suicidal" is ideation.
   */
  ownLevel?: RiskLevel;
  /**
   * Everyday distress ("I'm so tired", "I can't sleep"): counts only when the text holds weak
   * cues of at least two different constructs (weak.ts), then as concern.
   */
  weak?: boolean;
}

export interface TierFile {
  version: string;
  level: Exclude<RiskLevel, 'none'>;
  groups: readonly PhraseGroup[];
}

export interface IdiomFile {
  version: string;
  /** Figures of speech: risk phrases overlapping one of these are not risk ("kill time"). */
  phrases: readonly string[];
}

export type CueKind = 'distant_past' | 'ongoing' | 'immediate' | 'hypothetical' | 'speech' | 'lyric' | 'laughter' | 'past_negation' | 'reported_question';

export interface CueFile {
  version: string;
  phrases: Readonly<Record<CueKind, readonly string[]>>;
  words: {
    negators: readonly string[];
    /** Words allowed between a negator and the phrase it negates ("not really going to"). */
    negationFillers: readonly string[];
    first: readonly string[];
    /** First-person words that name the writer as the one feeling it (not "my" before a noun). */
    firstSubjects: readonly string[];
    second: readonly string[];
    third: readonly string[];
    generic: readonly string[];
    nonperson: readonly string[];
    /** Object and possessive pronouns: right before a phrase they name its subject ("made him suicidal"). */
    thirdObjects: readonly string[];
    /** Words before a negator that undo it: "a reason not to", "why not", "regret not". */
    negationBreakers: readonly string[];
    /** Verbs that agree with a third-person subject ("she is", "it seems"). */
    thirdPersonVerbs: readonly string[];
    copulas: readonly string[];
    clauseConjunctions: readonly string[];
    /** People nouns that, after "I am a/the … ", describe the writer: "I'm someone who…". */
    selfDescriptions: readonly string[];
    /** Words allowed between "I am" and such a noun: "a", "the kind of", "just another". */
    describers: readonly string[];
    /** A clause opening with one of these qualifies a denial before it: "I'm not suicidal, but…". */
    hedges: readonly string[];
    weakConjunctions: readonly string[];
    clauseOpeners: readonly string[];
  };
  emoji: { means: readonly string[]; death: readonly string[] };
}
