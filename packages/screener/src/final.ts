/**
 * screen(text): the final level is the higher of the rules and the learned model. The rules
 * decide alone when they already say high or imminent (the model never goes above high), so
 * the model costs nothing on the texts that matter most and its cost falls on the rest.
 */
import { MODEL_VERSION, scoreWithModel } from './model/model';
import { RULES_VERSION, screenRulesExplained } from './screen';
import { levelRank, type ScreenResult } from './types';

/** Stamped on every result: rules, tiers and model versions, so a stored flag says what produced it. */
export const SCREENER_VERSION = `${RULES_VERSION}+model-${MODEL_VERSION}`;

/** Screens one client-written text for risk language (SPEC §2.9). Never throws on input. */
export function screen(text: string): ScreenResult {
  const { result: rules, setAside } = screenRulesExplained(text);
  if (typeof text !== 'string' || text.length === 0 || levelRank(rules.level) >= levelRank('high')) {
    return { level: rules.level, reasons: rules.reasons, screenerVersion: SCREENER_VERSION };
  }
  const model = scoreWithModel(text, setAside);
  if (levelRank(model.level) <= levelRank(rules.level)) return { level: rules.level, reasons: rules.reasons, screenerVersion: SCREENER_VERSION };
  return { level: model.level, reasons: [...model.reasons, ...rules.reasons], screenerVersion: SCREENER_VERSION };
}
