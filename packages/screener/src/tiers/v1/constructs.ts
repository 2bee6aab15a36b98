/**
 * Our construct names and the Suicide Risk Lexicon v1.0 construct each maps to (Low et al.
 * 2025, Apache-2.0). Where the lexicon has the construct we use its variable name as is;
 * the few of ours that it lacks are mapped to the nearest one, for coverage reports.
 */
export const constructs = {
  version: '1.1.0',
  lexiconOf: {
    passive_suicidal_ideation: 'passive_suicidal_ideation',
    active_suicidal_ideation_suicidal_planning: 'active_suicidal_ideation_suicidal_planning',
    lethal_means_for_suicide: 'lethal_means_for_suicide',
    direct_self_injury: 'direct_self_injury',
    suicide_exposure: 'suicide_exposure',
    other_suicidal_language: 'other_suicidal_language',
    hospitalization: 'hospitalization',
    loneliness_isolation: 'loneliness_isolation',
    burdensomeness: 'burdensomeness',
    shame_self_disgust_worthlessness: 'shame_self_disgust_worthlessness',
    entrapment_desire_to_escape: 'entrapment_desire_to_escape',
    emotional_pain_psychache: 'emotional_pain_psychache',
    existential_meaninglessness_purposelessness: 'existential_meaninglessness_purposelessness',
    hopelessness: 'hopelessness',
    emptiness: 'emptiness',
    depressed_mood: 'depressed_mood',
    anhedonia_uninterested: 'anhedonia_uninterested',
    defeat_feeling_like_a_failure: 'defeat_feeling_like_a_failure',
    // Weak cues only (weak.ts): everyday distress that counts in combination.
    fatigue_tired: 'fatigue_tired',
    sleep_issues: 'sleep_issues',
    anxiety: 'anxiety',
    mental_health_treatment: 'mental_health_treatment',
    // Ours: a past attempt is suicidal behaviour in the lexicon's "active … & planning".
    past_suicide_attempt: 'active_suicidal_ideation_suicidal_planning',
    // Ours (SPEC §2.9 self-sabotage): stopping medication is the lexicon's treatment barrier,
    // not eating or drinking sits with its eating-disorder behaviours.
    self_sabotage_medication: 'barriers_to_treatment',
    self_sabotage_nutrition: 'eating_disorders',
  } as Record<string, string>,
};
