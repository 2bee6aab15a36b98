/**
 * Context cues: the words that decide whose risk a phrase is, when it happened, and whether
 * it is meant (negation, person, tense, hypotheticals, quotes, laughter). Versioned with the
 * tiers because changing a cue changes every level. Phrases use the pattern language of
 * patterns.ts ("a|b" at the top level means either phrase); word lists are space-separated.
 */
import type { CueFile } from './types';

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

export const cues: CueFile = {
  version: '1.1.0',
  phrases: {
    // Past ideation or attempts are a risk factor, not nothing: these cap a phrase at concern.
    distant_past: [
      'used to|use to|years ago|a long time ago|long ago|long time ago|last year|years back|in the past|previously|growing up',
      '(<num>|a few|few|many|several|some|two|three|four|five|ten) (years|year|yrs|decades|decade) (ago|back)',
      'when i was (young|younger|little|small|a kid|a child|a teen|a teenager|in school|in high school|in middle school|at school|at uni|in college|at university|<num>|about <num>|around <num>|like <num>)',
      'as a (kid|child|teen|teenager|youngster|student)|in (high|middle|primary|secondary|elementary|grade) school',
      'back (then|in the day|in <num>|in high school|in school|in college)',
      'in my (teens|twenties|youth|childhood|past|younger years|early twenties|late teens)',
      '(at age|at the age of|aged|age) <num>|at <num> (years old|yo)',
    ],
    // Present-day cues override a distant-past cue in the same clause ("used to, and still do").
    ongoing: [
      'now|again|still|lately|recently|these days|this week|today|tonight|right now|currently|at the moment|since',
      'every day|everyday|all the time|constantly|this morning|yesterday|last night|last week|this month|anymore',
      '(past|last) (few )? (days|weeks|nights)',
    ],
    // Timing that turns behaviour or active ideation into imminent risk.
    immediate: [
      'right now|just now|tonight|today|tomorrow|an hour ago|as we speak|at the moment|currently',
      'this (morning|evening|afternoon|weekend)|by (morning|tomorrow|the weekend)',
      '(a few|few|<num>|an|a couple of|couple) (minutes|mins|hours|hrs|hour|min) ago',
      'as i (type|write|am typing|am writing)|in (a few|<num>|an|a couple of) (minutes|mins|hours|hour)',
    ],
    hypothetical: ['if|what if|suppose|supposing|imagine|in case|whenever|hypothetically|let us say|say someone', 'when (someone|somebody|people)|if someone'],
    speech: [
      'said|says|say|saying|told|tell|tells|telling|texted|wrote|writes|asked|asks|yelled|screamed|posted|tweeted|goes|went',
      'was like|is like|sang|sings|sing|singing|reads|thought|think|thinking|keep thinking',
      'messaged|typed|whispered|shouted|replied|commented|admitted|confessed',
    ],
    lyric: [
      'song|songs|lyric|lyrics|album|track|chorus|verse|quote|quoting|movie|film|show|episode|book|novel|title|poem',
      'band|rapper|meme|tiktok|playlist|character|series|line from|sings|sang|singing',
    ],
    laughter: ['lol|lmao|lmfao|rofl|haha*|hehe*|jk|just kidding|kidding|joking|jokes|xd|😂|🤣|💀|😆|😹'],
    // Someone else's question about it: "my therapist asked if I was suicidal" is no disclosure.
    reported_question: ['(asked|asks|asking|ask) (me )? (if|whether)', '(asked|asks|asking) (me )? about'],
    // After a negation these mean "not any more": past risk, so concern rather than none.
    past_negation: ['anymore|any more|no longer|not anymore|these days'],
  },
  words: {
    negators: words('not never no nor neither nah nope'),
    negationFillers: words(`
      i am is are was were be been being do does did have has had will would could should might may must shall
      can going to want wanted wanting ever even really actually seriously definitely honestly literally truly
      at all intend intention intentions plan plans planning thought thoughts desire urge urges of feel feeling
      felt like think trying try way again just about consider considering thinking any a the currently
      presently still anymore longer more so that gonna wish ok okay fucking having getting experiencing`),
    first: words('i me my myself mine we us our ourselves'),
    firstSubjects: words('i me myself we us'),
    second: words('you your yourself yourselves yours thee thou'),
    // Subject pronouns and people nouns only: object forms ("I hate him, want to die") are
    // usually the object of an earlier verb whose subject is further back.
    third: words(`
      he she they friend friends mom mum mother dad father brother sister sibling son daughter wife husband
      boyfriend girlfriend partner cousin uncle aunt grandma grandmother grandpa grandfather kid child
      classmate roommate flatmate coworker colleague boss teacher client patient neighbour neighbor ex bestie
      bff guy girl man woman dude character parents niece nephew stepdad stepmom fiance fiancee student
      daughters sons brothers sisters`),
    generic: words(`
      someone somebody anyone anybody everyone everybody people person persons those whoever folks individuals
      nobody humans teens teenagers users victims kids children men women veterans patients clients students
      others somone ones`),
    nonperson: words('it its this that which these'),
    thirdObjects: words('him her them his their himself herself themselves'),
    // "trying not to…", "fighting not to…": the urge is there, the writer is resisting it.
    negationBreakers: words('reason reasons why regret regrets regretting excuse try trying tried struggling fighting resisting'),
    thirdPersonVerbs: words('is has does wants seems looks feels says tries keeps needs thinks gets goes sounds becomes threatens talks'),
    copulas: words('is was would will be seems sounds looks feels could might'),
    clauseConjunctions: words('but because though although however except whereas unless yet otherwise meanwhile anyway anyways'),
    hedges: words('but yet however'),
    selfDescriptions: words('someone somebody person one guy girl man woman kid type kind sort student teen teenager'),
    describers: words('a an the just another kind type sort of such really very'),
    weakConjunctions: words('and or so then cause'),
    // After a weak conjunction these open a new clause too: "I used to cut and now I'm fine".
    clauseOpeners: words('now then today tonight lately recently nowadays these since'),
  },
  emoji: {
    // Not 🩸 (more often a period than a wound) nor ⛓: alone they would flag everyday messages.
    means: ['💊', '🔪', '🔫', '🪢', '🗡'],
    death: ['🪦', '⚰', '☠', '⚱'],
  },
};
