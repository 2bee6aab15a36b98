/**
 * Weak cues: distress the writer reports about themselves that, alone, is everyday life
 * ("I'm so tired", "I cried", "I can't sleep") but that, together with distress of another
 * kind, is the picture of risk factors a clinician looks at (Suicide Risk Lexicon
 * constructs: depressed mood, anhedonia, fatigue, sleep, loneliness, worthlessness, …).
 * Each is concern only when the same text holds weak cues of at least two different
 * constructs (screen.ts); one weak cue alone is none. Context rules apply to each as to any
 * phrase (negation, someone else, quotes, idioms).
 */
import type { TierFile } from './types';

export const weak: TierFile = {
  version: '1.0.0',
  level: 'concern',
  groups: [
    {
      construct: 'depressed_mood',
      weak: true,
      phrases: [
        '(i am|i feel|feel|feeling|i have been|i have been feeling|been feeling|i get|i was|i always feel|i just feel|i still feel) [@adv] (sad|down|low|unhappy|awful|terrible|horrible|like shit|like crap|like garbage|shit|crap|blue|gloomy|despondent|in despair|heartbroken)',
        '(my|with|have|diagnosed with|struggling with|struggle with|suffering from|suffer from|battling|fighting) [@adv] (depression|major depression|severe depression|clinical depression|mdd)',
        '(i|i have been|been|i keep|keep|i just|i always|can not stop|i could not stop) [@adv] (crying|cry|cried|sobbing|sobbed|in tears)',
        'cry (myself to sleep|every day|every night|all day|all the time)',
      ],
    },
    {
      construct: 'anhedonia_uninterested',
      weak: true,
      phrases: [
        '(no|zero|lost (my|all)?|losing (my|all)?|lack of|have no) (motivation|energy|interest|drive|will)',
        '(can not|could not|can barely|struggle to|struggling to) (get|getting) out of bed',
        '(i|i just) (do not|can not) (care|be bothered) (about anything|anymore)',
        'nothing (interests me|excites me|feels right)',
      ],
    },
    {
      construct: 'fatigue_tired',
      weak: true,
      phrases: [
        '(i am|i feel|feel|feeling|i have been|so|i am just|i just feel) [@adv] (tired|exhausted|drained|worn out|burnt out|burned out|done)',
        '(i|i just|i really) (can not|could not) do (this|it) $',
      ],
    },
    {
      construct: 'sleep_issues',
      weak: true,
      phrases: ['(can not|could not|have not|did not|barely|hardly) [@adv] (sleep|slept|sleeping)', 'insomnia|nightmares every night'],
    },
    {
      construct: 'loneliness_isolation',
      weak: true,
      phrases: [
        '(i have|i have got|i do not have|have) (no|any) (friends|one to talk to)',
        '(no one|nobody|noone) (likes|loves|understands|wants|gets|listens to) me',
        '(i do not|do not) (belong|fit in) (anywhere)?',
      ],
    },
    {
      construct: 'shame_self_disgust_worthlessness',
      weak: true,
      phrases: [
        '(i am|i feel|feel) [@adv] (stupid|dumb|ugly|fat|a mess|a wreck|not good enough|not enough|nothing|a joke|so small)',
        'i (hate|can not stand|despise) (my body|my face|the way i look|who i have become|what i have become)',
        'i (can not|never|can never) do anything right',
        '(what is|whats) wrong with me',
        '(it is|it was) (all )? my fault',
      ],
    },
    {
      construct: 'anxiety',
      weak: true,
      phrases: ['(i have|i had|i get|i keep having|i am having|my|having|constant) [@adv] (panic attacks|panic attack|anxiety attacks|anxiety attack|anxiety)'],
    },
    {
      construct: 'hopelessness',
      weak: true,
      phrases: [
        'i (do not|can not) see (a|any) way (forward|through|out of this)',
        '(i do not|do not|i just do not) know what to do [anymore]',
        '(everything|my life) is falling apart',
      ],
    },
    {
      construct: 'mental_health_treatment',
      weak: true,
      phrases: ['(i|i really|i just|i desperately) [@adv] need (help|someone to talk to)', 'please help me'],
    },
    {
      construct: 'direct_self_injury',
      weak: true,
      phrases: ['(picking|pick) at my skin|skin picking|(pulling|pull) (out )? my hair|trichotillomania|dermatillomania'],
    },
    {
      construct: 'other_suicidal_language',
      weak: true,
      phrases: ['(when|after|once) (i am|i) (dead|gone|no longer here|not around) $', 'nothing (left )? to lose', '(i am|i feel like i am) (sinking|drowning)'],
    },
  ],
};
