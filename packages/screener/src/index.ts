/** The risk screener (SPEC §2.9): pure functions, no I/O. */
export { screen, SCREENER_VERSION } from './final';
export { screenRules, RULES_VERSION, compiledTiers } from './screen';
export { scoreWithModel, MODEL_VERSION, MODEL_CONSTRUCT, type ModelScore, type ModelFile } from './model/model';
export { halfOfKey, type Half } from './model/split';
export { tiersV1 } from './tiers/v1';
export { screenStructured, type StructuredAnswers, type Taken } from './structured';
export { combine } from './combine';
export { maxLevel, minLevel, levelRank, RISK_LEVELS, type RiskLevel, type RiskReason, type ScreenResult } from './types';
export { runScreenCli, screenLine } from './cli';
