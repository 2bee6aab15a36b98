/**
 * Context rules: decide what a matched phrase means where it stands. Each rule can only
 * lower a level for a stated reason (negation, someone else, a quote, the distant past) or
 * raise it for timing; anything unclear keeps the phrase's own tier ("when unsure, raise").
 * Rules act on one phrase at a time, so a negated clause never cancels risk elsewhere.
 */
import type { Entry, WordSets } from './compile';
import type { CueIndex } from './cue-index';
import type { Doc, Token } from './document';
import type { Match } from './matcher';
import type { PhraseGroup } from './tiers/v1/types';
import { minLevel, levelRank, type RiskLevel } from './types';

export type RiskMatch = Match<Extract<Entry, { kind: 'risk' }>>;
export type CueMatch = Match<Extract<Entry, { kind: 'cue' }>>;

export interface Judgement {
  level: RiskLevel;
  /** Which rule changed the level, appended to the construct: "past", "third_party", … */
  context: string | null;
}

type Person = 'first' | 'second' | 'third' | 'generic' | 'nonperson';
type Speaker = 'self' | 'other' | 'nobody' | 'unattributed';

export interface ContextInput {
  doc: Doc;
  words: WordSets;
  cues: CueIndex;
  /** Who the text mentions anywhere: the writer ("I", "my", "we"), and anyone else. Lazy: few phrases ask. */
  mentions: () => Mentions;
}

export interface Mentions {
  writer: boolean;
  others: boolean;
}

const NONE: Judgement = { level: 'none', context: null };
const SUBJECT_WINDOW = 12;
const QUOTE_WINDOW_BEFORE = 8;
const QUOTE_WINDOW_AFTER = 4;

/** Judges one risk phrase in its context. */
export function judge(input: ContextInput, m: RiskMatch): Judgement {
  const { doc } = input;
  const group = m.entry.group;
  const first = doc.tokens[m.from];
  if (!first) return NONE;
  let level: RiskLevel = m.entry.level;
  if (first.quote >= 0) {
    const speaker = quoteSpeaker(input, first.quote);
    if (speaker === 'nobody') return NONE;
    if (speaker === 'other') return thirdParty(input, m, level);
    // A bare topic word in quotation marks is a word being mentioned (a title, a term), not used.
    if (speaker === 'unattributed') return group.topic ? NONE : { level: minLevel(level, 'concern'), context: 'quoted' };
  }
  if (isNegated(input, m)) {
    if (input.cues.firstInClause('past_negation', first.clause) < Infinity) return { level: 'concern', context: 'past' };
    return group.topic && hedged(input, first) ? { level: 'concern', context: 'hedged' } : NONE;
  }
  if (group.method) return inDistantPast(input, m) ? { level: minLevel(level, 'concern'), context: 'past' } : { level, context: null };
  if (!group.exposure) {
    const { person, named } = group.other
      ? { person: group.other, named: true }
      : group.self
        ? { person: 'first' as const, named: true }
        : findPerson(input, m, group);
    if (named && group.ownLevel) level = group.ownLevel;
    if (person === 'third') return thirdParty(input, m, level);
    if (person !== 'first') return NONE; // "you", "people", "it": not the writer's own risk
    if (group.topic && !named && aboutOthersOnly(input)) return NONE;
  }
  if (inDistantPast(input, m)) return { level: minLevel(level, 'concern'), context: 'past' };
  if (input.cues.firstInClause('reported_question', first.clause) < m.from) {
    return { level: minLevel(level, 'concern'), context: 'asked' };
  }
  let context: string | null = null;
  if (group.timed && levelRank(level) < levelRank('imminent') && happensNow(input, m)) {
    level = 'imminent';
    context = 'now';
  }
  if (group.intent && level === 'imminent' && input.cues.inSentence('laughter', first.sentence)) {
    return { level: 'high', context: 'jocular' };
  }
  return { level, context };
}

/**
 * "I'm not suicidal, but…", "no suicidal shit but…": a denial that the writer qualifies in
 * the same sentence. The writer raised the subject themselves and the denial is not the whole
 * answer, so it stays a risk factor for a clinician to look at. A plain denial stays none.
 */
function hedged(input: ContextInput, tok: Token): boolean {
  const { doc, words } = input;
  for (let c = tok.clause + 1; c < doc.clauses.length; c += 1) {
    const clause = doc.clauses[c];
    if (!clause || clause.sentence !== tok.sentence) return false;
    if (words.hedges.has(doc.tokens[clause.from]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Someone else's ideation is a risk factor for the writer (exposure), not their own risk;
 * "if someone says they want to die" is neither.
 */
function thirdParty(input: ContextInput, m: RiskMatch, level: RiskLevel): Judgement {
  const clause = input.doc.tokens[m.from]?.clause ?? 0;
  if (input.cues.firstInClause('hypothetical', clause) < m.from) return NONE;
  // "he is suicidal" in a text that never mentions the writer: commentary, not someone close.
  if (m.entry.group.topic && !input.mentions().writer) return NONE;
  return levelRank(level) >= levelRank('high') ? { level: 'concern', context: 'third_party' } : NONE;
}

/**
 * A bare topic word ("suicide", "suicidal thoughts") tied to no one, in a text where the
 * writer never mentions themselves but does mention others ("you", "people", "he"): the text
 * is about them or about the topic (advice, news, a lecture), not a disclosure.
 */
function aboutOthersOnly(input: ContextInput): boolean {
  const { writer, others } = input.mentions();
  return !writer && others;
}

/** A negator directly before the phrase, with only auxiliaries and adverbs between. */
function isNegated(input: ContextInput, m: RiskMatch): boolean {
  const { tokens } = input.doc;
  const { negators, negationFillers, negationBreakers } = input.words;
  const clause = tokens[m.from]?.clause;
  for (let j = m.from - 1, fillers = 0; j >= 0 && fillers <= 5; j -= 1) {
    const tok = tokens[j];
    if (!tok || tok.clause !== clause) return false;
    if (negators.has(tok.norm)) return !undoesNegation(tokens, j, m, negationBreakers);
    if (!negationFillers.has(tok.norm)) return false;
    fillers += 1;
  }
  return false;
}

/**
 * "a reason not to end my life", "why not just…", "I regret not…" and comparatives ("never
 * felt more suicidal", "haven't been this suicidal") do not negate the phrase.
 */
function undoesNegation(tokens: Token[], negator: number, m: RiskMatch, breakers: ReadonlySet<string>): boolean {
  if (m.from - 1 > negator && tokens[m.from - 1]?.norm === 'this') return true;
  for (let k = negator + 1; k < m.to; k += 1) if (tokens[k]?.norm === 'more') return true;
  for (let k = negator - 1; k >= Math.max(0, negator - 3); k -= 1) {
    if (breakers.has(tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Whose statement is it? The nearest person word before the phrase in its sentence.
 * `named` says the writer named themselves rather than being assumed.
 */
function findPerson(input: ContextInput, m: RiskMatch, group: PhraseGroup): { person: Person; named: boolean } {
  const { tokens } = input.doc;
  const w = input.words;
  const start = tokens[m.from];
  if (!start) return { person: 'first', named: false };
  // The phrase names the writer itself: "makes me suicidal", "kill myself", "my suicidal thoughts".
  for (let j = m.from; j < m.to; j += 1) if (w.first.has(tokens[j]?.norm ?? '')) return { person: 'first', named: true };
  if (w.thirdObjects.has(tokens[m.from - 1]?.norm ?? '')) return { person: 'third', named: true };
  // "a suicidal patient", "suicidal kids": a description of people, not anyone's statement.
  const after = group.topic ? personOf(tokens[m.to]?.norm ?? '', w) : null;
  if (after && after !== 'first') return { person: 'generic', named: true };
  let thirdVerb = false;
  for (let j = m.from - 1; j >= Math.max(0, m.from - SUBJECT_WINDOW); j -= 1) {
    const tok = tokens[j];
    if (!tok || tok.sentence !== start.sentence || tok.quote !== start.quote) break;
    if (describesWriter(tokens, j, w)) return { person: 'first', named: true };
    const person = personOf(tok.norm, w);
    if (person) return { person, named: person !== 'first' || w.firstSubjects.has(tok.norm) };
    if (w.nonperson.has(tok.norm) && isNonpersonSubject(tokens, j, m.from, group, w)) return { person: 'nonperson', named: true };
    // "there is no reason to live": an existential "there" is no one's subject.
    if (tok.norm === 'there' || tok.norm === 'here' || isDummyIt(tokens, j, m.from, w)) thirdVerb = false;
    else if (!group.situational && w.thirdPersonVerbs.has(tok.norm)) thirdVerb = true;
  }
  // No one named: the writer is speaking about themselves, the safe reading.
  return { person: thirdVerb && !group.situational ? 'third' : 'first', named: false };
}

/** "I'm someone who…", "I am a person who…", "I'm the kind of girl who…": the writer, described. */
function describesWriter(tokens: Token[], j: number, w: WordSets): boolean {
  if (!w.selfDescriptions.has(tokens[j]?.norm ?? '')) return false;
  for (let k = j - 1; k >= Math.max(0, j - 5); k -= 1) {
    const word = tokens[k]?.norm ?? '';
    if (word === 'am' && tokens[k - 1]?.norm === 'i') return true;
    if (!w.describers.has(word)) return false;
  }
  return false;
}

function personOf(word: string, w: WordSets): Person | null {
  if (w.first.has(word)) return 'first';
  if (w.second.has(word)) return 'second';
  if (w.third.has(word)) return 'third';
  if (w.generic.has(word)) return 'generic';
  return null;
}

/** "it"/"that" is a subject only before a copula ("that was suicidal"), not as "so … that I". */
function isNonpersonSubject(tokens: Token[], j: number, phraseStart: number, group: PhraseGroup, w: WordSets): boolean {
  if (group.situational || j === phraseStart - 1) return false; // "these suicidal thoughts": a determiner
  if (group.topic) return true;
  const next = tokens[j + 1];
  return j + 1 < phraseStart && next !== undefined && w.copulas.has(next.norm) && !isDummyIt(tokens, j, phraseStart, w);
}

/** "it's selfish to just end it", "it is tempting to…": a dummy "it"; the infinitive's subject is the writer. */
function isDummyIt(tokens: Token[], j: number, phraseStart: number, w: WordSets): boolean {
  return tokens[j]?.norm === 'it' && w.copulas.has(tokens[j + 1]?.norm ?? '') && infinitiveBefore(tokens, j + 2, phraseStart);
}

/** A "to" between `from` and the phrase, within a few words: "it is (more) selfish (just) to …". */
function infinitiveBefore(tokens: Token[], from: number, phraseStart: number): boolean {
  for (let k = Math.max(from, phraseStart - 3); k < phraseStart; k += 1) if (tokens[k]?.norm === 'to') return true;
  return false;
}

/**
 * "right now", "tonight", "an hour ago" in the phrase's own clause, or opening the clause
 * before it ("Tonight, I…"). Not anywhere in the sentence: "I cut myself yesterday but I'm
 * fine today" is no emergency.
 */
function happensNow(input: ContextInput, m: RiskMatch): boolean {
  const tok = input.doc.tokens[m.from];
  if (!tok) return false;
  if (input.cues.firstInClause('immediate', tok.clause) < Infinity) return true;
  const previous = input.doc.clauses[tok.clause - 1];
  if (!previous || previous.sentence !== tok.sentence) return false;
  return input.cues.at(previous.from).some((c) => c.entry.cue === 'immediate');
}

/** "used to", "years ago", "when I was 15," — and nothing saying it is back now. */
function inDistantPast(input: ContextInput, m: RiskMatch): boolean {
  const tok = input.doc.tokens[m.from];
  if (!tok) return false;
  if (input.cues.firstInClause('ongoing', tok.clause) < Infinity) return false;
  if (input.cues.firstInClause('distant_past', tok.clause) < Infinity) return true;
  // A fronted time clause: "When I was 15, I tried to…", "Years ago, I …".
  const previous = input.doc.clauses[tok.clause - 1];
  if (!previous || previous.sentence !== tok.sentence) return false;
  return input.cues.at(previous.from).some((c) => c.entry.cue === 'distant_past');
}

/** Who is speaking the quoted words: the writer, someone else, nobody (a lyric, a "what if"). */
function quoteSpeaker(input: ContextInput, quoteIndex: number): Speaker {
  const { doc, words, cues } = input;
  const q = doc.quotes[quoteIndex];
  if (!q) return 'unattributed';
  const sentence = doc.tokens[q.from]?.sentence ?? -1;
  if (cues.inSentence('lyric', sentence)) return 'nobody';
  const before = cuesAround(input, q.from - QUOTE_WINDOW_BEFORE, q.from, sentence);
  if (before.some((c) => c.entry.cue === 'hypothetical')) return 'nobody';
  const speech = [...before, ...cuesAround(input, q.to, q.to + QUOTE_WINDOW_AFTER, sentence)].find((c) => c.entry.cue === 'speech');
  if (!speech) return 'unattributed';
  // The speaker is the person word just before the speech verb: "my friend texted me '…'",
  // "'…,' she said". Words after the verb are listeners.
  for (let j = speech.from - 1; j >= Math.max(0, speech.from - 4); j -= 1) {
    const tok = doc.tokens[j];
    if (!tok || tok.quote >= 0 || tok.sentence !== sentence) break;
    if (words.first.has(tok.norm)) return 'self';
    if (words.third.has(tok.norm)) return 'other';
    if (words.generic.has(tok.norm) || words.second.has(tok.norm)) return 'nobody';
  }
  return 'unattributed';
}

/** Cues starting in tokens [from, to) of `sentence`, outside any quote. */
function cuesAround(input: ContextInput, from: number, to: number, sentence: number): CueMatch[] {
  const out: CueMatch[] = [];
  for (let j = Math.max(0, from); j < to; j += 1) {
    const tok = input.doc.tokens[j];
    if (tok && tok.quote < 0 && tok.sentence === sentence) out.push(...input.cues.at(j));
  }
  return out;
}
