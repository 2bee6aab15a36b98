/**
 * Structured answers count as much as words (SPEC §2.9, CLINICAL §2.2 and §6): a diary urge
 * at the top of its scale, a positive PHQ-9 item 9, a self-harm log entry, or care being
 * dropped (medication not taken, not eating or drinking). Reasons carry no text span, so
 * their span is [0, 0] and their phrase names the answer, never its wording.
 */
import { combine } from './combine';
import { screen, SCREENER_VERSION } from './final';
import { levelRank, maxLevel, type RiskLevel, type RiskReason, type ScreenResult } from './types';

export type Taken = 'yes' | 'partly' | 'no';

export interface StructuredAnswers {
  /** Diary urges rated 0–5, keyed by urge name ("selfHarm", "suicide", "skipMeds", …). */
  urges?: Record<string, number>;
  /** PHQ-9 item 9, 0–3. */
  phq9Item9?: number;
  medicationTaken?: Taken;
  /** Ate and drank today. */
  eatingAndDrinking?: Taken;
  /** A self-harm log entry: the client acted on an urge. */
  selfHarmAction?: boolean;
  /** Free text written with the answers; screened like any other text. */
  freeText?: string;
}

/**
 * Urge names are matched after lowercasing and dropping non-letters ("Self-harm",
 * "urgeToSelfHarm" → "selfharm", "urgetoselfharm"). Long stems may appear anywhere; short
 * words must be the whole name or end it ("cut", "urgeToCut"), so "diet" is not "die".
 */
const SELF_HARM_STEMS = ['selfharm', 'selfinjur', 'suicid', 'killmyself', 'hurtmyself', 'harmmyself', 'overdos', 'unalive'];
const SELF_HARM_WORDS = ['die', 'cut', 'cutting', 'kms', 'sh'];
/** Urges to drop one's own care: the self-sabotage the product is built around (SPEC §1). */
const SABOTAGE_STEMS = [
  'sabotag',
  'skipmed',
  'skippingmed',
  'skipinsulin',
  'stopmed',
  'medication',
  'insulin',
  'noteat',
  'notdrink',
  'starv',
  'restrict',
  'purg',
];
const SABOTAGE_WORDS = ['meds', 'skipmeds', 'noteating', 'notdrinking', 'skipmeals', 'fasting'];

const names = (key: string, stems: readonly string[], words: readonly string[]): boolean =>
  stems.some((s) => key.includes(s)) || words.some((w) => key === w || key.endsWith(`to${w}`));

/** Screens structured answers; out-of-range numbers are read as given, never clamped down. */
export function screenStructured(answers: StructuredAnswers): ScreenResult {
  const found: Array<{ level: RiskLevel; reason: RiskReason }> = [
    ...urgeFindings(answers.urges ?? {}),
    ...phq9Findings(answers.phq9Item9),
    ...careFindings(answers),
  ];
  found.sort((a, b) => levelRank(b.level) - levelRank(a.level));
  const structured: ScreenResult = {
    level: maxLevel(...found.map((f) => f.level)),
    reasons: found.map((f) => f.reason),
    screenerVersion: SCREENER_VERSION,
  };
  return answers.freeText ? combine([structured, screen(answers.freeText)]) : structured;
}

function finding(level: RiskLevel, phrase: string, construct: string): { level: RiskLevel; reason: RiskReason } {
  return { level, reason: { phrase, construct, span: [0, 0] } };
}

function urgeFindings(urges: Record<string, number>): Array<{ level: RiskLevel; reason: RiskReason }> {
  const out: Array<{ level: RiskLevel; reason: RiskReason }> = [];
  for (const [name, rating] of Object.entries(urges)) {
    if (typeof rating !== 'number' || Number.isNaN(rating)) continue;
    const key = name.toLowerCase().replace(/[^a-z]/g, '');
    const phrase = `urges.${name} = ${rating}/5`;
    if (names(key, SELF_HARM_STEMS, SELF_HARM_WORDS)) {
      if (rating >= 5) out.push(finding('high', phrase, 'structured_urge_self_harm'));
      else if (rating >= 4) out.push(finding('concern', phrase, 'structured_urge_self_harm'));
    } else if (names(key, SABOTAGE_STEMS, SABOTAGE_WORDS) && rating >= 4) {
      out.push(finding('concern', phrase, 'structured_urge_self_sabotage'));
    }
  }
  return out;
}

/** PHQ manual: any "yes" to item 9 needs assessment by someone competent to assess it. */
function phq9Findings(item9: number | undefined): Array<{ level: RiskLevel; reason: RiskReason }> {
  if (typeof item9 !== 'number' || Number.isNaN(item9) || item9 < 1) return [];
  return [finding('high', `phq9.item9 = ${item9}`, 'structured_phq9_item9')];
}

function careFindings(a: StructuredAnswers): Array<{ level: RiskLevel; reason: RiskReason }> {
  const out: Array<{ level: RiskLevel; reason: RiskReason }> = [];
  if (a.selfHarmAction === true) out.push(finding('high', 'selfHarmAction = true', 'structured_self_harm_action'));
  if (a.medicationTaken === 'no') out.push(finding('concern', 'medicationTaken = no', 'self_sabotage_medication'));
  if (a.eatingAndDrinking === 'no') out.push(finding('concern', 'eatingAndDrinking = no', 'self_sabotage_nutrition'));
  return out;
}
